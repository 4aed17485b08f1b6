namespace Reopen.TestSupport;

/// <summary>Where the officials of the sample filings' street (QH01) receive their decision emails, in both shipped policies.</summary>
public static class SampleStreetOfficials
{
    public const string PartySecretary = "qh01.secretary@qinghe.gov.example";
    public const string Director = "qh01.director@qinghe.gov.example";
    public const string Inspector = "qh01.inspector@qinghe.gov.example";
}
