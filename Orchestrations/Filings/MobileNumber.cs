using System.Text.RegularExpressions;

namespace Reopen.Orchestrations.Filings;

/// <summary>Mainland China mobile numbers: 11 ASCII digits, 1 then 3–9 then nine more.</summary>
public static partial class MobileNumber
{
    // [0-9] and \z, not \d and $: \d takes any Unicode digit and $ allows a trailing newline.
    [GeneratedRegex(@"\A1[3-9][0-9]{9}\z")]
    private static partial Regex Mainland();

    /// <summary>Strips spaces and dashes and a +86 / 86 / 0086 prefix; true when what remains is a mainland mobile.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        var digits = (input ?? "").Replace(" ", "").Replace("-", "").Replace("\u00A0", "");
        if (digits.StartsWith('+')) digits = digits[1..];
        if (digits.StartsWith("0086") && digits.Length == 15) digits = digits[4..];
        else if (digits.StartsWith("86") && digits.Length == 13) digits = digits[2..];
        normalized = Mainland().IsMatch(digits) ? digits : "";
        return normalized.Length > 0;
    }

    public static bool IsValid(string? input) => TryNormalize(input, out _);

    /// <summary>Why the number is invalid (Chinese, English), or null when it is valid.</summary>
    public static (string Zh, string En)? Problem(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return ("请填写手机号码", "The mobile number is required");
        return IsValid(input) ? null : ("手机号码应为11位中国大陆手机号", "Enter an 11-digit mainland China mobile number");
    }
}
