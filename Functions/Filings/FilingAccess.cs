namespace Reopen.Functions.Filings;

/// <summary>The outcome of presenting an access code.</summary>
internal enum AccessOutcome { Granted, NotFound, TooManyAttempts }

/// <summary>Opens a filing for its business: the id and the access code must match; unknown ids and wrong codes look the same.</summary>
internal sealed class FilingAccess(FilingStore store, AccessCodeGuard guard)
{
    public const string Header = "X-Access-Code";

    public async Task<(AccessOutcome Outcome, StoredFiling? Filing)> OpenAsync(HttpContext context, string filingId, string? accessCode,
        CancellationToken ct)
    {
        if (guard.IsLockedOut(context)) return (AccessOutcome.TooManyAttempts, null);
        var filing = await store.GetDocumentAsync(filingId, ct);
        if (filing is not null && AccessCodes.Matches(filing, accessCode)) return (AccessOutcome.Granted, filing);
        guard.RecordWrongCode(context);
        return (AccessOutcome.NotFound, null);
    }
}
