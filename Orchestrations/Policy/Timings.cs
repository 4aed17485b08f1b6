namespace Reopen.Orchestrations.Policy;

/// <summary>When the approvers of a step are reminded and when the step escalates, counted from when it opens.</summary>
public sealed record StepTiming(TimeSpan RemindAfter, TimeSpan DeadlineAfter);

/// <summary>Timings of one route (standard or green channel) per step kind, plus the timing of each escalation tier.</summary>
public sealed record RouteTimings(
    StepTiming OnSiteCheck,
    StepTiming StreetReview,
    StepTiming StreetCoSign,
    StepTiming DepartmentReview,
    StepTiming LeadingGroupReview,
    StepTiming Escalation);

/// <summary>The level an approval step sits at; each has its own escalation chain.</summary>
public enum ApprovalLevel { Street, Department, LeadingGroup }

/// <summary>Escalation chains per level, as tier codes: an office code, "leading-group" or "leading-group-head".</summary>
public sealed record EscalationChains(IReadOnlyList<string> Street, IReadOnlyList<string> Department, IReadOnlyList<string> LeadingGroup)
{
    public const string LeadingGroupCode = "leading-group";
    public const string LeadingGroupHeadCode = "leading-group-head";

    public IReadOnlyList<string> For(ApprovalLevel level) => level switch
    {
        ApprovalLevel.Street => Street,
        ApprovalLevel.Department => Department,
        _ => LeadingGroup,
    };
}
