using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>Turns a filing into its route: who decides, in what order, with which deadlines and escalation chain.</summary>
public static class RoutePlanner
{
    public static IReadOnlyList<StepPlan> Plan(FilingSummary filing, DistrictPolicy policy)
    {
        var street = policy.FindStreet(filing.StreetCode)
            ?? throw new ArgumentException($"Street '{filing.StreetCode}' is not in the policy.", nameof(filing));
        var timings = policy.TimingsFor(filing.Category);
        var streetTiers = policy.EscalationFor(ApprovalLevel.Street);
        var steps = new List<StepPlan>();

        // 未经现场审核不得擅自营业: the inspector looks first, then the street decides.
        if (filing.Category.IsFiveSmallUnit())
            steps.Add(Step(StepKind.OnSiteCheck, StepMode.AnyOne, street.Name, [street.Inspector], streetTiers, timings.OnSiteCheck, timings));

        if (filing.Scale == BusinessScale.AboveScale)
        {
            var department = policy.DepartmentFor(filing.SectorCode);
            steps.Add(Step(StepKind.StreetReview, StepMode.AnyOne, street.Name, [street.Director, street.PartySecretary],
                streetTiers, timings.StreetReview, timings));
            steps.Add(Step(StepKind.DepartmentReview, StepMode.AnyOne, department.Name, department.Officials,
                policy.EscalationFor(ApprovalLevel.Department), timings.DepartmentReview, timings));
            steps.Add(Step(StepKind.LeadingGroupReview, StepMode.AnyOne, policy.LeadingGroup.Name, policy.LeadingGroup.Members,
                policy.EscalationFor(ApprovalLevel.LeadingGroup), timings.LeadingGroupReview, timings));
        }
        else
        {
            steps.Add(Step(StepKind.StreetCoSign, StepMode.Everyone, street.Name, [street.PartySecretary, street.Director],
                streetTiers, timings.StreetCoSign, timings));
        }
        return steps;
    }

    private static StepPlan Step(StepKind kind, StepMode mode, LocalizedText holder, IReadOnlyList<Official> approvers,
        IReadOnlyList<EscalationTier> tiers, StepTiming timing, RouteTimings route) =>
        new(StepIds.For(kind), kind, mode, holder, approvers, tiers, timing, route.Escalation);
}
