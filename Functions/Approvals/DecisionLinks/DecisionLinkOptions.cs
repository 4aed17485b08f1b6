namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>Configuration section "DecisionLinks".</summary>
public sealed class DecisionLinkOptions
{
    public const string SectionName = "DecisionLinks";

    /// <summary>Base64 HMAC key of at least 32 bytes; new links are signed with it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Keys retired by rotation (base64); links they signed stay valid until they expire.</summary>
    public List<string> PreviousKeys { get; set; } = [];
}
