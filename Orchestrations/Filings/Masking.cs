namespace Reopen.Orchestrations.Filings;

/// <summary>How personal data is shown to people who do not need all of it.</summary>
public static class Masking
{
    /// <summary>张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明.</summary>
    public static string Name(string? name)
    {
        var n = (name ?? "").Trim();
        return n.Length switch
        {
            0 => "",
            1 => "*",
            2 => n[..1] + "*",
            _ => n[..1] + new string('*', n.Length - 2) + n[^1..],
        };
    }

    /// <summary>110105194912310021 → 1101**********0021.</summary>
    public static string IdNumber(string? id)
    {
        var n = ResidentIdNumber.Normalize(id);
        return n.Length <= 8 ? new string('*', n.Length) : n[..4] + new string('*', n.Length - 8) + n[^4..];
    }

    /// <summary>13812345678 → 138****5678; anything that is not a mobile is masked whole.</summary>
    public static string Mobile(string? mobile) =>
        MobileNumber.TryNormalize(mobile, out var m) ? m[..3] + "****" + m[^4..] : new string('*', (mobile ?? "").Trim().Length);
}
