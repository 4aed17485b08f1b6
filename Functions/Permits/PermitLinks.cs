namespace Reopen.Functions.Permits;

/// <summary>
/// Public addresses of a permit. A permit number such as 复工〔2026〕QH-7K3M9TQX is keyed by its ASCII tail
/// ("QH-7K3M9TQX"), which is unique (derived from the filing id) and safe in URLs, QR codes and Table keys.
/// </summary>
public static class PermitLinks
{
    private const char YearClose = '〕';

    /// <summary>"复工〔2026〕QH-7K3M9TQX" → "QH-7K3M9TQX".</summary>
    public static string KeyOf(string permitNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permitNumber);
        var at = permitNumber.LastIndexOf(YearClose);
        return (at < 0 ? permitNumber : permitNumber[(at + 1)..]).Trim().ToUpperInvariant();
    }

    /// <summary>The public verification page, e.g. "/api/permits/QH-7K3M9TQX".</summary>
    public static string VerifyPath(string permitNumber) => "/api/permits/" + Uri.EscapeDataString(KeyOf(permitNumber));

    /// <summary>The printable placard, e.g. "/api/permits/QH-7K3M9TQX/placard".</summary>
    public static string PlacardPath(string permitNumber) => VerifyPath(permitNumber) + "/placard";

    /// <summary>What a key from a URL may look like: letters, digits and dashes; anything else is not a permit.</summary>
    public static bool IsWellFormedKey(string? key) =>
        key is { Length: > 0 and <= 40 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
