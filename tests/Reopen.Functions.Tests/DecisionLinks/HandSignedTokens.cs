using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Tests.DecisionLinks;

/// <summary>
/// Tokens built byte by byte in the version 1 wire form and signed with a key, as someone holding the key could forge them
/// (the app's own signer refuses claims it would not accept).
/// </summary>
public static class HandSignedTokens
{
    public static string Sign(byte[] key, string filingId, string stepId, int round, string approverId, DateTimeOffset expiresAt)
    {
        var payload = new List<byte> { 1 };
        var number = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, expiresAt.ToUnixTimeSeconds());
        payload.AddRange(number);
        BinaryPrimitives.WriteInt32BigEndian(number, round);
        payload.AddRange(number.Take(4));
        foreach (var id in new[] { filingId, stepId, approverId })
        {
            var bytes = Encoding.UTF8.GetBytes(id);
            payload.Add((byte)bytes.Length);
            payload.AddRange(bytes);
        }
        var body = payload.ToArray();
        return Base64Url.EncodeToString([.. body, .. HMACSHA256.HashData(key, body)]);
    }

    /// <summary>The same bytes spelled with the spare low bits of the last character set (a lenient decoder ignores them).</summary>
    public static string WithTrailingBitsSet(string token)
    {
        if (token.Length % 4 == 0) throw new ArgumentException("A token of whole 4-character groups has no spare bits.", nameof(token));
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return token[..^1] + Alphabet[Alphabet.IndexOf(token[^1], StringComparison.Ordinal) | 1];
    }
}
