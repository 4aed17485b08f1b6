using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Filings;

/// <summary>
/// The code with which a business reads, amends or withdraws its filing: eight characters from an alphabet without
/// 0/O, 1/I/L (about 40 bits), shown once, stored only as SHA-256 salted with the filing id.
/// </summary>
internal static class AccessCodes
{
    public const int Length = 8;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Hash(string filingId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"reopen/access-code/v1|{filingId}|{Normalize(code)}")));

    /// <summary>Constant-time comparison with the stored hash; spaces, dashes and letter case do not matter.</summary>
    public static bool Matches(string filingId, string storedHash, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || storedHash.Length == 0) return false;
        var normalized = Normalize(code);
        if (normalized.Length != Length) return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(filingId, normalized)), Encoding.ASCII.GetBytes(storedHash));
    }

    private static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
