namespace Reopen.Functions.Filings;

/// <summary>The outcome of presenting an access code.</summary>
internal enum AccessOutcome { Granted, NotFound, TooManyAttempts }

/// <summary>Opens a filing for its business: the id and the access code must match; unknown ids and wrong codes look the same.</summary>
internal sealed class FilingAccess(FilingStore store, AccessCodeGuard guard)
{
    public const string Header = "X-Access-Code";

    // Only the stored hash is read: what the filing says comes from the approval's state or the caller's own read.
    public async Task<AccessOutcome> OpenAsync(HttpContext context, string filingId, string? accessCode, CancellationToken ct)
    {
        if (guard.IsLockedOut(context)) return AccessOutcome.TooManyAttempts;
        var hash = await store.GetAccessCodeHashAsync(filingId, ct);
        if (hash is not null && AccessCodes.Matches(filingId, hash, accessCode)) return AccessOutcome.Granted;
        guard.RecordWrongCode(context);
        return AccessOutcome.NotFound;
    }
}
