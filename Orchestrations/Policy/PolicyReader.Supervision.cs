using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Orchestrations.Policy;

internal sealed partial class PolicyReader
{
    private SupervisionRules ReadSupervision(SupervisionDocument? s)
    {
        if (s is null)
        {
            Error("supervision", "missing");
            return new SupervisionRules([], new SpotCheckRates(0, 0, 0, TimeSpan.Zero), new SelfCheckReminders([], TimeSpan.Zero, 0), TimeSpan.Zero, false, TimeSpan.Zero);
        }
        var lookBacks = new List<TimeSpan>();
        if (s.LookBacksAfter is null || s.LookBacksAfter.Count == 0) Error("supervision.lookBacksAfter", "at least one look-back is required");
        for (var i = 0; i < (s.LookBacksAfter?.Count ?? 0); i++)
            lookBacks.Add(Duration(s.LookBacksAfter![i], $"supervision.lookBacksAfter[{i}]"));
        for (var i = 1; i < lookBacks.Count; i++)
            if (lookBacks[i] <= lookBacks[i - 1]) Error($"supervision.lookBacksAfter[{i}]", "look-backs must come in order, each later than the one before");

        var spot = s.SpotChecks;
        if (spot is null) Error("supervision.spotChecks", "missing");
        var spotChecks = new SpotCheckRates(Rate(spot?.WalkInRate, "supervision.spotChecks.walkInRate"),
            Rate(spot?.AboveScaleRate, "supervision.spotChecks.aboveScaleRate"), Rate(spot?.OtherRate, "supervision.spotChecks.otherRate"),
            Duration(spot?.Within, "supervision.spotChecks.within"));

        var self = s.SelfChecks;
        if (self is null) Error("supervision.selfChecks", "missing");
        var categories = new List<BusinessCategory>();
        for (var i = 0; i < (self?.Categories?.Count ?? 0); i++)
        {
            if (BusinessCategories.TryParse(self!.Categories![i], out var category)) categories.Add(category);
            else Error($"supervision.selfChecks.categories[{i}]", $"'{self.Categories[i]}' is not a business category (e.g. Livelihood)");
        }
        if (self?.Times is not (>= 1 and <= 366)) Error("supervision.selfChecks.times", "a whole number from 1 to 366 is required");
        var selfChecks = new SelfCheckReminders(categories, Duration(self?.Every, "supervision.selfChecks.every"), self?.Times ?? 0);

        var within = Duration(s.InspectionWithin, "supervision.inspectionWithin");
        if (s.InspectorSms is null) Error("supervision.inspectorSms", "missing (true or false)");
        var rectify = Duration(s.RectifyWithin, "supervision.rectifyWithin");
        return new SupervisionRules(lookBacks, spotChecks, selfChecks, within, s.InspectorSms ?? false, rectify);
    }

    private double Rate(double? rate, string path)
    {
        if (rate is not (>= 0 and <= 1)) Error(path, "a rate from 0 to 1 is required");
        return rate ?? 0;
    }
}
