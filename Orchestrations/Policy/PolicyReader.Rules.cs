namespace Reopen.Orchestrations.Policy;

internal sealed partial class PolicyReader
{
    private EscalationChains ReadEscalation(EscalationDocument? escalation, IReadOnlyList<Office> offices)
    {
        if (escalation is null) Error("escalation", "missing");
        var known = offices.Select(o => o.Code)
            .Append(EscalationChains.LeadingGroupCode).Append(EscalationChains.LeadingGroupHeadCode).ToHashSet();
        return new EscalationChains(
            Chain(escalation?.Street, "escalation.street", known),
            Chain(escalation?.Department, "escalation.department", known),
            Chain(escalation?.LeadingGroup, "escalation.leadingGroup", known));
    }

    private IReadOnlyList<string> Chain(List<string?>? chain, string path, HashSet<string> known)
    {
        if (chain is null || chain.Count == 0)
        {
            Error(path, "at least one escalation tier is required");
            return [];
        }
        var seen = new HashSet<string>();
        for (var i = 0; i < chain.Count; i++)
        {
            var code = chain[i] ?? "";
            if (!known.Contains(code)) Error($"{path}[{i}]", $"unknown escalation target '{code}' (an office code, '{EscalationChains.LeadingGroupCode}' or '{EscalationChains.LeadingGroupHeadCode}')");
            else if (!seen.Add(code)) Error($"{path}[{i}]", $"'{code}' appears twice in the chain");
        }
        // Silence must end at someone who can always answer.
        if (chain[^1] != EscalationChains.LeadingGroupHeadCode)
            Error(path, $"the chain must end at '{EscalationChains.LeadingGroupHeadCode}'");
        return chain.Select(c => c ?? "").ToArray();
    }

    private (RouteTimings Standard, RouteTimings Green) ReadTimings(TimingsDocument? timings)
    {
        if (timings is null) Error("timings", "missing");
        var standard = Route(timings?.Standard, "timings.standard");
        var green = Route(timings?.GreenChannel, "timings.greenChannel");
        CompareGreen(standard.OnSiteCheck, green.OnSiteCheck, "onSiteCheck");
        CompareGreen(standard.StreetReview, green.StreetReview, "streetReview");
        CompareGreen(standard.StreetCoSign, green.StreetCoSign, "streetCoSign");
        CompareGreen(standard.DepartmentReview, green.DepartmentReview, "departmentReview");
        CompareGreen(standard.LeadingGroupReview, green.LeadingGroupReview, "leadingGroupReview");
        CompareGreen(standard.Escalation, green.Escalation, "escalation");
        return (standard, green);
    }

    private RouteTimings Route(RouteTimingsDocument? route, string path)
    {
        if (route is null) Error(path, "missing");
        return new RouteTimings(
            Timing(route?.OnSiteCheck, path + ".onSiteCheck"),
            Timing(route?.StreetReview, path + ".streetReview"),
            Timing(route?.StreetCoSign, path + ".streetCoSign"),
            Timing(route?.DepartmentReview, path + ".departmentReview"),
            Timing(route?.LeadingGroupReview, path + ".leadingGroupReview"),
            Timing(route?.Escalation, path + ".escalation"));
    }

    private StepTiming Timing(TimingDocument? timing, string path)
    {
        if (timing is null)
        {
            Error(path, "missing");
            return new(TimeSpan.Zero, TimeSpan.Zero);
        }
        var remind = Duration(timing.RemindAfter, path + ".remindAfter");
        var deadline = Duration(timing.DeadlineAfter, path + ".deadlineAfter");
        if (remind > TimeSpan.Zero && deadline > TimeSpan.Zero && remind >= deadline)
            Error(path + ".remindAfter", $"the reminder ({timing.RemindAfter}) must come before the deadline ({timing.DeadlineAfter})");
        return new(remind, deadline);
    }

    private void CompareGreen(StepTiming standard, StepTiming green, string kind)
    {
        if (green.DeadlineAfter > standard.DeadlineAfter && standard.DeadlineAfter > TimeSpan.Zero)
            Error($"timings.greenChannel.{kind}.deadlineAfter", "the green channel must not be slower than the standard route");
    }
}
