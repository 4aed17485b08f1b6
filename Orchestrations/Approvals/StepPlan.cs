using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>
/// One step of a filing's route, resolved from the policy when the filing is submitted and then frozen, so that a
/// later policy edit never changes who may decide a filing already under way.
/// </summary>
/// <param name="Holder">The body that holds the step, e.g. 清源街道, 清河区商务局.</param>
/// <param name="Escalation">Tiers a silent step escalates to, lowest first; tier n (1-based) is escalation level n.</param>
public sealed record StepPlan(
    string StepId,
    StepKind Kind,
    StepMode Mode,
    LocalizedText Holder,
    IReadOnlyList<Official> Approvers,
    IReadOnlyList<EscalationTier> Escalation,
    StepTiming Timing,
    StepTiming EscalationTiming);
