using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>
/// Link tokens built byte by byte in the version 1 wire form (see DecisionLinkPayload) and signed with a key, as anyone
/// holding the key could forge them: the app's own signer may refuse claims that a forger still sends.
/// </summary>
public static class SignedTokens
{
    public static string Sign(byte[] key, string filingId, string stepId, int round, string approverId, DateTimeOffset expiresAt) =>
        Base64Url.EncodeToString(SignedBytes(key, Payload(filingId, stepId, round, approverId, expiresAt)));

    /// <summary>A payload and its signature, for a case that bends the bytes (a wrong version, a length running past the end).</summary>
    public static string Sign(byte[] key, byte[] payload) => Base64Url.EncodeToString(SignedBytes(key, payload));

    public static byte[] SignedBytes(byte[] key, byte[] payload) => [.. payload, .. HMACSHA256.HashData(key, payload)];

    /// <summary>The same bytes spelled with the spare low bits of the last character set (a lenient decoder ignores them).</summary>
    public static string WithTrailingBitsSet(string token)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return token.Length % 4 == 0 ? token + "A" : token[..^1] + Alphabet[Alphabet.IndexOf(token[^1], StringComparison.Ordinal) | 1];
    }

    public static byte[] Payload(string filingId, string stepId, int round, string approverId, DateTimeOffset expiresAt, byte version = 1) =>
        Payload(filingId, stepId, round, approverId, expiresAt.ToUnixTimeSeconds(), version);

    public static byte[] Payload(string filingId, string stepId, int round, string approverId, long expiresUnixSeconds, byte version = 1)
    {
        var payload = new List<byte> { version };
        var number = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, expiresUnixSeconds);
        payload.AddRange(number);
        BinaryPrimitives.WriteInt32BigEndian(number, round);
        payload.AddRange(number.Take(4));
        foreach (var id in new[] { filingId, stepId, approverId })
        {
            var bytes = Encoding.UTF8.GetBytes(id);
            payload.Add((byte)Math.Min(bytes.Length, 255));
            payload.AddRange(bytes.Take(255));
        }
        return [.. payload];
    }
}
