using System.Buffers.Binary;
using System.Text;
using Reopen.Functions.Filings;

namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>
/// Version 1 wire form of the claims: [1][expires: int64 unix seconds BE][round: int32 BE]
/// then FilingId, StepId, ApproverId each as [length: 1 byte][UTF-8]. Binary keeps links short. The filing id is held to
/// <see cref="FilingIds.IsWellFormed"/>, as an id in a path is, since it becomes a storage key.
/// </summary>
internal static class DecisionLinkPayload
{
    public const byte Version = 1;
    public const int MaxIdBytes = 255;
    private const int FixedPart = 1 + 8 + 4;

    public static byte[] Encode(DecisionLinkClaims claims)
    {
        if (!FilingIds.IsWellFormed(claims.FilingId)) throw new ArgumentException("FilingId is not a well-formed filing id.", nameof(claims));
        var ids = new[] { Id(claims.FilingId, nameof(claims.FilingId)), Id(claims.StepId, nameof(claims.StepId)), Id(claims.ApproverId, nameof(claims.ApproverId)) };
        var bytes = new byte[FixedPart + ids.Sum(id => 1 + id.Length)];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), claims.ExpiresAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), claims.Round);
        var at = FixedPart;
        foreach (var id in ids)
        {
            bytes[at++] = (byte)id.Length;
            id.CopyTo(bytes, at);
            at += id.Length;
        }
        return bytes;
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecisionLinkClaims? claims)
    {
        claims = null;
        if (bytes.Length < FixedPart || bytes[0] != Version) return false;
        var expiresSeconds = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        var round = BinaryPrimitives.ReadInt32BigEndian(bytes[9..]);
        var rest = bytes[FixedPart..];
        if (!TryReadId(ref rest, out var filingId) || !TryReadId(ref rest, out var stepId) || !TryReadId(ref rest, out var approverId) || !rest.IsEmpty)
            return false;
        if (!FilingIds.IsWellFormed(filingId)) return false;
        if (expiresSeconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || expiresSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return false;
        claims = new DecisionLinkClaims(filingId, stepId, round, approverId, DateTimeOffset.FromUnixTimeSeconds(expiresSeconds));
        return true;
    }

    private static byte[] Id(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length > MaxIdBytes) throw new ArgumentException($"{name} is longer than {MaxIdBytes} UTF-8 bytes.", name);
        return bytes;
    }

    private static bool TryReadId(ref ReadOnlySpan<byte> rest, out string value)
    {
        value = "";
        if (rest.IsEmpty || rest[0] == 0 || rest.Length < 1 + rest[0]) return false;
        try
        {
            value = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(rest.Slice(1, rest[0]));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        rest = rest[(1 + rest[0])..];
        return true;
    }
}
