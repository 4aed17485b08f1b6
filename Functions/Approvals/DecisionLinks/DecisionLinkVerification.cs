namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>The outcome of checking a decision-link token.</summary>
public abstract record DecisionLinkVerification
{
    private DecisionLinkVerification() { }

    /// <summary>Signed by one of our keys and not yet expired.</summary>
    public sealed record Valid(DecisionLinkClaims Claims) : DecisionLinkVerification;

    /// <summary>Well-formed but the signature matches none of our keys: altered, or signed elsewhere.</summary>
    public sealed record Tampered : DecisionLinkVerification;

    /// <summary>Genuine but past its expiry; the claims let the page say which filing it was about.</summary>
    public sealed record Expired(DecisionLinkClaims Claims) : DecisionLinkVerification;

    /// <summary>Not a token: empty, not base64url in its one spelling, truncated, an unknown version, or an id no filing can have.</summary>
    public sealed record Malformed : DecisionLinkVerification;
}
