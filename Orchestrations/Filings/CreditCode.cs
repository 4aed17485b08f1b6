namespace Reopen.Orchestrations.Filings;

/// <summary>Unified social credit code (统一社会信用代码), GB 32100-2015.</summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims; the code itself has no separators.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17) throw new ArgumentException("Expected 17 characters.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException($"Character {first17[i]} is not allowed.", nameof(first17));
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    public static bool IsValid(string? code) => Problem(code) is null;

    /// <summary>Why the code is invalid (Chinese, English), or null when it is valid.</summary>
    public static (string Zh, string En)? Problem(string? code)
    {
        var c = Normalize(code);
        if (c.Length == 0) return ("请填写统一社会信用代码", "The unified social credit code is required");
        if (c.Length != 18) return ("统一社会信用代码应为18位", "The unified social credit code must have 18 characters");
        if (c.Any(ch => !Alphabet.Contains(ch)))
            return ("统一社会信用代码含有不允许的字符(不使用I、O、S、V、Z)", "The code contains characters not allowed (I, O, S, V, Z are never used)");
        if (!AdministrativeDivision.IsPlausible(c.AsSpan(2, 6)))
            return ("统一社会信用代码第3至8位应为行政区划代码", "Characters 3 to 8 must be an administrative division code");
        if (CheckCharacter(c[..17]) != c[17])
            return ("统一社会信用代码校验位不正确", "The check character of the unified social credit code is wrong");
        return null;
    }
}
