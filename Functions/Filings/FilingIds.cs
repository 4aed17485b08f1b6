using System.Globalization;
using Reopen.Orchestrations.Policy;
using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Filings;

/// <summary>
/// Filing ids such as F260301K7QD2MZX4A: "F", the filing date (Beijing time) and ten base32 characters (50 bits), random,
/// or derived from the Idempotency-Key so that a retried submission resumes the same filing.
/// </summary>
internal static class FilingIds
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const int RandomChars = 10;
    private const int MaxLength = 64;

    public static string New(DateTimeOffset now) => Compose('F', now, RandomNumberGenerator.GetBytes(RandomChars));

    /// <summary>An id of the same form for another kind of record, e.g. 'C' for a complaint: C261203K7QD2MZX4A.</summary>
    public static string NewReference(char kind, DateTimeOffset now) => Compose(kind, now, RandomNumberGenerator.GetBytes(RandomChars));

    public static string FromIdempotencyKey(string idempotencyKey, DateTimeOffset now) =>
        Compose('F', now, SHA256.HashData(Encoding.UTF8.GetBytes("reopen/filing-id/v1|" + idempotencyKey)));

    /// <summary>Letters, digits, '-' and '_' only: safe as a table key and a process instance id (ids of every era pass).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Compose(char kind, DateTimeOffset now, byte[] entropy)
    {
        var id = new StringBuilder(1 + 6 + RandomChars).Append(kind);
        id.Append(now.ToOffset(BeijingTime.Offset).ToString("yyMMdd", CultureInfo.InvariantCulture));
        for (var i = 0; i < RandomChars; i++) id.Append(Base32[entropy[i] & 31]);
        return id.ToString();
    }
}
