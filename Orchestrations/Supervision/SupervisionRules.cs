using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Supervision;

/// <summary>
/// How a district watches reopened firms, as data (the policy's "supervision" section): when look-back inspections fall,
/// how often an unannounced spot check is drawn, which firms get daily self-check reminders, and how long an inspector has, and how long a rectification notice gives.
/// </summary>
public sealed record SupervisionRules(
    IReadOnlyList<TimeSpan> LookBacksAfter,
    SpotCheckRates SpotChecks,
    SelfCheckReminders SelfChecks,
    TimeSpan InspectionWithin,
    bool InspectorSms,
    TimeSpan RectifyWithin)
{
    /// <summary>The chance that a firm gets an unannounced spot check, by what it is.</summary>
    public double SpotCheckRate(BusinessCategory category, BusinessScale scale) =>
        category.ServesWalkInCustomers() ? SpotChecks.WalkInRate
        : scale == BusinessScale.AboveScale ? SpotChecks.AboveScaleRate
        : SpotChecks.OtherRate;
}

/// <summary>抽查 rates: places open to customers, above-scale firms, everyone else; the check falls within <paramref name="Within"/> of the permit.</summary>
public sealed record SpotCheckRates(double WalkInRate, double AboveScaleRate, double OtherRate, TimeSpan Within);

/// <summary>日检查、日消毒: the categories reminded, every <paramref name="Every"/>, <paramref name="Times"/> times from the permit on.</summary>
public sealed record SelfCheckReminders(IReadOnlyList<BusinessCategory> Categories, TimeSpan Every, int Times);
