namespace Reopen.Functions.Callbacks;

/// <summary>
/// Call-back links reuse the decision-link token with the pseudo step "callback" and round 0, bound to the filing and
/// the assigned official; the step id keeps a call-back link from ever deciding a step and the reverse.
/// </summary>
public static class CallbackLinks
{
    public const string StepId = "callback";
    public const int Round = 0;

    /// <summary>How long an assignee's link works: a call-back may wait for a busy week or two.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string PathFor(string token) => "/api/callbacks/" + token;
}
