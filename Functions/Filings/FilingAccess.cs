using System.Globalization;

namespace Reopen.Functions.Filings;

/// <summary>The outcome of presenting an access code.</summary>
internal enum AccessOutcome { Granted, NotFound, TooManyAttempts }

/// <summary>
/// Opens a filing for its business: the id and the access code must match; unknown ids and wrong codes look the same.
/// Guessing is held to two limits: per client address (<see cref="AccessCodeGuard"/>) and per filing over every address and
/// app instance (<see cref="AccessCodeBudget"/>). Past either, every code is refused, right or wrong.
/// </summary>
internal sealed class FilingAccess(AccessCodeBudget budget, AccessCodeGuard guard)
{
    public const string Header = "X-Access-Code";

    // Only the stored hash and the budget's row are read: what the filing says comes from the approval's state or the caller's own read.
    public async Task<AccessOutcome> OpenAsync(HttpContext context, string filingId, string? accessCode, CancellationToken ct)
    {
        if (guard.LockedOutFor(context) is { } addressWait) return Refused(context, addressWait);
        var ledger = await budget.ReadAsync(filingId, ct);
        if (ledger is not null && budget.SpentFor(ledger) is { } filingWait) return Refused(context, filingWait);
        if (ledger is not null && AccessCodes.Matches(filingId, ledger.AccessCodeHash, accessCode)) return AccessOutcome.Granted;
        guard.RecordWrongCode(context);
        // Only a filing that exists is counted, so guessing ids adds no rows; a wrong code is answered only once counted.
        if (ledger is not null && await budget.CountWrongCodeAsync(filingId, ledger, ct) is { } spentWait) return Refused(context, spentWait);
        return AccessOutcome.NotFound;
    }

    // Set here so that the API's ProblemDetails and the pages both carry it.
    private static AccessOutcome Refused(HttpContext context, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return AccessOutcome.TooManyAttempts;
    }
}
