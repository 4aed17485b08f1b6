using Reopen.Functions.Tests.Infrastructure;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>A filing the suite made, with the access code its answer carried.</summary>
public sealed record SeededFiling(string Id, string Code);

/// <summary>A decision link's claims as the app signs them, so a case can sign the same claims bent one way.</summary>
public sealed record SeededLink(string FilingId, string StepId, int Round, string ApproverId, string Token);

/// <summary>
/// What the cases aim at, made once before any case runs (every text field of every filing carries markup):
/// a pending filing and its decision link, a returned one (amend pages) and four spares for amendments that may wrongly pass, a rejected one and its call-back link,
/// an approved one and its permit, one that only ever gets wrong codes, and four links for verdicts that must not count.
/// </summary>
public sealed record HostileSeeds(
    SeededFiling Pending,
    SeededLink PendingLink,
    SeededFiling Returned,
    SeededLink ReturnedLink,
    IReadOnlyList<SeededFiling> ReturnedSpares,
    SeededFiling Rejected,
    SeededLink CallbackLink,
    SeededFiling Approved,
    string PermitKey,
    SeededFiling Guessed,
    IReadOnlyList<SeededLink> VerdictLinks,
    byte[] SigningKey)
{
    public static DateTimeOffset NextWeek => DateTimeOffset.UtcNow.AddDays(7);

    /// <summary>Signs claims with the app's own (development) key.</summary>
    public string Sign(string filingId, string stepId, int round, string approverId, DateTimeOffset? expiresAt = null) =>
        SignedTokens.Sign(SigningKey, filingId, stepId, round, approverId, expiresAt ?? NextWeek);
}
