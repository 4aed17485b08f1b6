using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>
/// Creates and checks the signed, expiring token carried by a decision link:
/// base64url(payload ‖ HMAC-SHA256(key, payload)) without padding, payload as in <see cref="DecisionLinkPayload"/>.
/// </summary>
public sealed class DecisionLinkToken(DecisionLinkKeyRing keys, TimeProvider time)
{
    private const int MacBytes = 32;

    // Far above any real token (ids are at most 255 bytes each); stops decoding arbitrary input.
    private const int MaxTokenChars = 1200;

    /// <summary>A URL-safe token; ExpiresAt is kept to the whole second (truncated).</summary>
    public string Create(DecisionLinkClaims claims)
    {
        var payload = DecisionLinkPayload.Encode(claims);
        var token = new byte[payload.Length + MacBytes];
        payload.CopyTo(token, 0);
        HMACSHA256.HashData(keys.Current, payload, token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    public DecisionLinkVerification Verify(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenChars) return new DecisionLinkVerification.Malformed();
        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        // The OperationStatus overload reports bad input; TryDecodeFromChars throws on it.
        var status = Base64Url.DecodeFromChars(token, bytes, out _, out var length);
        if (status != OperationStatus.Done || length <= MacBytes) return new DecisionLinkVerification.Malformed();
        // One spelling per token: the decoder also takes padding and whitespace, which Create never writes.
        if (!string.Equals(Base64Url.EncodeToString(bytes.AsSpan(0, length)), token, StringComparison.Ordinal))
            return new DecisionLinkVerification.Malformed();
        var payload = bytes.AsSpan(0, length - MacBytes);
        var mac = bytes.AsSpan(length - MacBytes, MacBytes);
        if (payload[0] != DecisionLinkPayload.Version) return new DecisionLinkVerification.Malformed();
        if (!IsSignedByAnyKey(payload, mac)) return new DecisionLinkVerification.Tampered();
        if (!DecisionLinkPayload.TryDecode(payload, out var claims)) return new DecisionLinkVerification.Malformed();
        return time.GetUtcNow() < claims!.ExpiresAt
            ? new DecisionLinkVerification.Valid(claims)
            : new DecisionLinkVerification.Expired(claims);
    }

    private bool IsSignedByAnyKey(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> mac)
    {
        Span<byte> expected = stackalloc byte[MacBytes];
        var matched = false;
        // Every key is tried, so timing does not reveal which one (if any) matched.
        foreach (var key in keys.Previous.Prepend(keys.Current))
        {
            HMACSHA256.HashData(key, payload, expected);
            matched |= CryptographicOperations.FixedTimeEquals(expected, mac);
        }
        return matched;
    }
}
