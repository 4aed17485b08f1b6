namespace Reopen.Functions.Filings;

/// <summary>
/// The 201 answer to a submission. <see cref="AccessCode"/> is shown this once (and again only to a retry with the same
/// Idempotency-Key): keep it to read the status, amend or withdraw.
/// </summary>
/// <param name="Status">The approval status, e.g. "Pending".</param>
/// <param name="StatusUrl">The business's status page (absolute), for people.</param>
public sealed record FilingCreated(string FilingId, string AccessCode, string Status, string StatusUrl, FilingLinksView Links);

/// <summary>Absolute links of a filing; Amend and Withdraw only while they are possible.</summary>
/// <param name="Self">GET status JSON (X-Access-Code header); PUT amends a returned filing.</param>
/// <param name="StatusPage">The status page for people.</param>
public sealed record FilingLinksView(string Self, string StatusPage, string? Amend, string? Withdraw);
