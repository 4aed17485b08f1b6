using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>The fast policy of the shipped district (seconds), its people, and filings of each kind.</summary>
internal static class Fixtures
{
    public static DistrictPolicy District { get; } = PolicyCatalog.Load("fast");

    public static ApprovalProcess Process { get; } = new(District);

    /// <summary>Monday 2 March 2026, 09:00 Beijing time.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset At(int seconds) => T0.AddSeconds(seconds);

    public static readonly DecisionOrigin Link = new("email-link", "203.0.113.7", "Mozilla/5.0 (Windows NT 10.0)");

    public static Street Qingyuan => District.FindStreet("QH01")!;
    public static Official Secretary => Qingyuan.PartySecretary;
    public static Official Director => Qingyuan.Director;
    public static Official Inspector => Qingyuan.Inspector;
    public static Official Commerce => District.FindDepartment("commerce")!.Officials[0];
    public static Official Industry => District.FindDepartment("industry")!.Officials[0];
    public static Official GroupMember => District.LeadingGroup.Members[0];
    public static Official GroupHead => District.LeadingGroup.Head;
    public static Official Supervisor => District.Offices.Single(o => o.Code == "supervision").Officials[0];
    public static Official OtherStreetDirector => District.FindStreet("QH02")!.Director;

    public static FilingSummary Filing(BusinessCategory category, BusinessScale scale, string sector = "retail", string id = "F-0001") =>
        new(id, "清源鲜果超市", "91350100M000100Y43", "清河区清源路88号", "QH01", sector, category, scale, "张小三", "13812345678", 12, 3);

    public static FilingSummary BelowScale => Filing(BusinessCategory.General, BusinessScale.BelowScale);
    public static FilingSummary AboveScale => Filing(BusinessCategory.General, BusinessScale.AboveScale, "manufacturing");
    public static FilingSummary Barber => Filing(BusinessCategory.Barber, BusinessScale.SoleTrader, "personal-services");
    public static FilingSummary MaskMaker => Filing(BusinessCategory.EpidemicSupplies, BusinessScale.AboveScale, "medical-devices");

    public static RecordDecision Decision(Official by, string stepId, Verdict verdict = Verdict.Approve, string? reason = null, int round = 1) =>
        new(stepId, round, by.Id, verdict, reason, Link);

    public const string CoSign = "street-co-sign";
    public const string StreetReview = "street-review";
    public const string DepartmentReview = "department-review";
    public const string GroupReview = "leading-group-review";
    public const string OnSite = "on-site-check";

    /// <summary>The StepOpened the fast policy gives a standard step opening at <paramref name="at"/>.</summary>
    public static StepOpened Opened(string stepId, DateTimeOffset at, int round = 1) =>
        new(stepId, round, at, at.AddSeconds(5), at.AddSeconds(10), at.AddHours(1));

    /// <summary>The email the fast policy sends for a step opened (or escalated) at <paramref name="opened"/>.</summary>
    public static EmailApprover Email(Official to, string stepId, EmailPurpose purpose, DateTimeOffset opened, FilingSummary? filing = null,
        int round = 1, DateTimeOffset? deadline = null, bool priority = false)
    {
        var f = filing ?? BelowScale;
        return new EmailApprover(f.FilingId, stepId, KindOf(stepId), round, to, purpose, f.BusinessName, f.Category,
            f.Scale, f.StreetCode, deadline ?? opened.AddSeconds(10), opened.AddHours(1), priority);
    }

    private static StepKind KindOf(string stepId) => stepId switch
    {
        OnSite => StepKind.OnSiteCheck,
        StreetReview => StepKind.StreetReview,
        CoSign => StepKind.StreetCoSign,
        DepartmentReview => StepKind.DepartmentReview,
        _ => StepKind.LeadingGroupReview,
    };
}
