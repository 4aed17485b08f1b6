namespace Reopen.Functions.Home;

/// <summary>What the home page's two lookup forms show again: the values as typed and the message (a text key) of the one that failed.</summary>
internal sealed record HomeLookups(string FilingId = "", string? FilingErrorKey = null, string PermitNumber = "", string? PermitErrorKey = null)
{
    public static readonly HomeLookups Empty = new();
}
