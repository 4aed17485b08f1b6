namespace Reopen.Orchestrations.Filings;

/// <summary>Administrative division codes (GB/T 2260): six digits whose first two name a province.</summary>
internal static class AdministrativeDivision
{
    public static bool IsPlausible(ReadOnlySpan<char> code) =>
        code.Length == 6
        && code.ContainsOnlyDigits()
        && Provinces.FindByCode(code[..2].ToString()) is not null;

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (ch is < '0' or > '9') return false;
        return true;
    }
}
