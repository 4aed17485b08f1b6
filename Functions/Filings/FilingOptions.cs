namespace Reopen.Functions.Filings;

/// <summary>Section <c>Reopen:Filings</c>.</summary>
public sealed class FilingOptions
{
    public const string Section = "Reopen:Filings";

    /// <summary>Largest filing body accepted; a roster of 5,000 people takes about 1.5 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Wrong access codes one client address may present to one app instance per minute (kept in memory), over every filing,
    /// before every access-code request from that address is refused (429).
    /// </summary>
    public int AccessCodeAttemptsPerMinute { get; set; } = 30;

    /// <summary>
    /// Wrong access codes one filing takes per <see cref="AccessCodeAttemptWindow"/> from every address and app instance
    /// together (kept in Table storage) before every request with an access code to that filing is refused (429) until the
    /// window ends.
    /// </summary>
    public int AccessCodeAttemptsPerFiling { get; set; } = 10;

    /// <summary>The fixed window of <see cref="AccessCodeAttemptsPerFiling"/>.</summary>
    public TimeSpan AccessCodeAttemptWindow { get; set; } = TimeSpan.FromMinutes(15);
}
