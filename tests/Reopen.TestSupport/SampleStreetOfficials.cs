namespace Reopen.TestSupport;

/// <summary>Where the officials of the sample filings' street (QH01) receive their decision emails, in both shipped policies.</summary>
public static class SampleStreetOfficials
{
    public const string PartySecretary = "qh01.secretary@qinghe.gov.example";
    public const string Director = "qh01.director@qinghe.gov.example";
    public const string Inspector = "qh01.inspector@qinghe.gov.example";

    /// <summary>The street's grid team (网格员), who make the look-back inspections.</summary>
    public static readonly IReadOnlyList<string> GridTeam = ["qh01.grid1@qinghe.gov.example", "qh01.grid2@qinghe.gov.example"];
}
