using System.Security.Cryptography;
using System.Text;

namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>The current signing key and the previous ones still accepted for verification.</summary>
public sealed class DecisionLinkKeyRing
{
    public const int MinimumKeyBytes = 32;

    private DecisionLinkKeyRing(byte[] current, IReadOnlyList<byte[]> previous, bool isDevelopmentKey)
    {
        Current = current;
        Previous = previous;
        IsDevelopmentKey = isDevelopmentKey;
    }

    internal byte[] Current { get; }

    internal IReadOnlyList<byte[]> Previous { get; }

    /// <summary>True when no key was configured and the fixed, public development key is in use.</summary>
    public bool IsDevelopmentKey { get; }

    /// <summary>A fixed key so links survive restarts on a developer's machine; public, so never acceptable outside Development.</summary>
    internal static byte[] DevelopmentKey => SHA256.HashData(Encoding.UTF8.GetBytes("Reopen.DecisionLinks.DevelopmentKey.v1"));

    public static DecisionLinkKeyRing FromKeys(byte[] current, params byte[][] previous)
    {
        foreach (var key in previous.Prepend(current))
            if (key.Length < MinimumKeyBytes) throw new ArgumentException($"A decision-link key must be at least {MinimumKeyBytes} bytes.");
        return new DecisionLinkKeyRing(current, previous, isDevelopmentKey: false);
    }

    /// <summary>Reads the configured keys; without a signing key, Development gets the fixed dev key and anywhere else fails.</summary>
    public static DecisionLinkKeyRing FromOptions(DecisionLinkOptions options, bool isDevelopment)
    {
        var problems = Validate(options, isDevelopment);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
        var previous = options.PreviousKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Convert.FromBase64String(k.Trim())).ToArray();
        return string.IsNullOrWhiteSpace(options.SigningKey)
            ? new DecisionLinkKeyRing(DevelopmentKey, previous, isDevelopmentKey: true)
            : new DecisionLinkKeyRing(Convert.FromBase64String(options.SigningKey.Trim()), previous, isDevelopmentKey: false);
    }

    /// <summary>Every configuration problem, worded for the operator (never echoing key material).</summary>
    public static IReadOnlyList<string> Validate(DecisionLinkOptions options, bool isDevelopment)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (!isDevelopment)
                problems.Add($"{DecisionLinkOptions.SectionName}:SigningKey is required outside Development (base64, at least {MinimumKeyBytes} bytes).");
        }
        else
        {
            ValidateKey(problems, $"{DecisionLinkOptions.SectionName}:SigningKey", options.SigningKey, isDevelopment);
        }
        for (var i = 0; i < options.PreviousKeys.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(options.PreviousKeys[i]))
                ValidateKey(problems, $"{DecisionLinkOptions.SectionName}:PreviousKeys:{i}", options.PreviousKeys[i], isDevelopment);
        }
        return problems;
    }

    private static void ValidateKey(List<string> problems, string setting, string base64, bool isDevelopment)
    {
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var length) || length < MinimumKeyBytes)
            problems.Add($"{setting} must be base64 of at least {MinimumKeyBytes} bytes.");
        // Anyone can sign links with the development key: it is in the source.
        else if (!isDevelopment && buffer.AsSpan(0, length).SequenceEqual(DevelopmentKey))
            problems.Add($"{setting} is the public development key, which anyone can sign links with; outside Development set a secret key of your own.");
    }
}
