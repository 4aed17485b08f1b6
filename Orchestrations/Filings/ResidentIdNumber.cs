using System.Globalization;

namespace Reopen.Orchestrations.Filings;

/// <summary>Citizen identity number (公民身份号码), GB 11643-1999: 18 characters, the last a check digit.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    public static string Normalize(string? id) => (id ?? "").Trim().ToUpperInvariant();

    public static char CheckDigit(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
            throw new ArgumentException("Expected 17 digits.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckDigits[sum % 11];
    }

    public static bool IsValid(string? id) => Problem(id) is null;

    /// <summary>Why the number is invalid (Chinese, English), or null when it is valid.</summary>
    public static (string Zh, string En)? Problem(string? id)
    {
        var n = Normalize(id);
        if (n.Length == 0) return ("请填写身份证号码", "The ID number is required");
        if (n.Length != 18 || !n[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(n[17]) || n[17] == 'X'))
            return ("身份证号码应为18位(前17位为数字,末位为数字或X)", "The ID number must be 17 digits followed by a digit or X");
        if (!AdministrativeDivision.IsPlausible(n.AsSpan(0, 6)))
            return ("身份证号码前6位应为行政区划代码", "The first 6 digits must be an administrative division code");
        if (!DateOnly.TryParseExact(n.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
            return ("身份证号码中的出生日期无效", "The birth date in the ID number is not a valid date");
        if (CheckDigit(n[..17]) != n[17])
            return ("身份证号码校验位不正确", "The check digit of the ID number is wrong");
        return null;
    }
}
