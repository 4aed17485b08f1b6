namespace Reopen.Functions.Filings;

/// <summary>Section <c>Reopen:Filings</c>.</summary>
public sealed class FilingOptions
{
    public const string Section = "Reopen:Filings";

    /// <summary>Largest filing body accepted; a roster of 5,000 people takes about 1.5 MB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Wrong access codes one client address may try per minute before every access-code request is refused (429).</summary>
    public int AccessCodeAttemptsPerMinute { get; set; } = 30;
}
