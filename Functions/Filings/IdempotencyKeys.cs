using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Filings;

/// <summary>
/// The Idempotency-Key header: 1–100 printable ASCII characters chosen by the client (a UUID is best: it also guards the
/// replayed access code). Stored only as a hash; the access code of the first answer is kept encrypted with a key
/// derived from the Idempotency-Key itself, so a replay can return it and storage alone cannot reveal it.
/// </summary>
internal static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static bool IsValid(string? key) => key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>The partition key of the record: the hash, because keys may hold characters Table keys may not.</summary>
    public static string PartitionKeyOf(string key) => Convert.ToHexString(Derive("row", key));

    public static string EncryptAccessCode(string key, string accessCode)
    {
        var plain = Encoding.UTF8.GetBytes(accessCode);
        var sealedCode = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedCode.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Derive("access-code", key), TagBytes);
        aes.Encrypt(nonce, plain, sealedCode.AsSpan(NonceBytes, plain.Length), sealedCode.AsSpan(NonceBytes + plain.Length));
        return Convert.ToBase64String(sealedCode);
    }

    public static string DecryptAccessCode(string key, string sealedBase64)
    {
        var sealedCode = Convert.FromBase64String(sealedBase64);
        var length = sealedCode.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(Derive("access-code", key), TagBytes);
        aes.Decrypt(sealedCode.AsSpan(0, NonceBytes), sealedCode.AsSpan(NonceBytes, length), sealedCode.AsSpan(NonceBytes + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Derive(string purpose, string key) => SHA256.HashData(Encoding.UTF8.GetBytes($"reopen/idempotency/{purpose}/v1|{key}"));
}
