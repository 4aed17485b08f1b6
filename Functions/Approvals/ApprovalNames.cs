using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using PolicyText = Reopen.Orchestrations.Policy.LocalizedText;

namespace Reopen.Functions.Approvals;

/// <summary>The approval vocabulary in the reader's language.</summary>
internal static class ApprovalNames
{
    public static string Step(this Texts t, StepKind kind) => t["approval.step." + kind];

    /// <summary>On-site checks speak of passing and rectifying, not of approving.</summary>
    public static string Verdict(this Texts t, Verdict verdict, StepKind kind) =>
        t[kind == StepKind.OnSiteCheck ? $"approval.verdict.OnSiteCheck.{verdict}" : $"approval.verdict.{verdict}"];

    public static string Category(this Texts t, BusinessCategory category) => t["approval.category." + category];

    public static string Scale(this Texts t, BusinessScale scale) => t["approval.scale." + scale];

    public static string Status(this Texts t, ApprovalStatus status) => t["approval.status." + status];

    /// <summary>Policy data (names of streets, roles) in the reader's language.</summary>
    public static string Local(this Texts t, PolicyText text) => t.Language == UiLanguage.En ? text.En : text.Zh;

    /// <summary>"周建国（清源街道党工委书记）", "周建国 (Party Secretary, …)".</summary>
    public static string Person(this Texts t, Official official) => t.T("approval.person", official.Name, t.Local(official.Role));

    /// <summary>"周建国（清源街道党工委书记）" from a name and a role already in the reader's language.</summary>
    public static string Person(this Texts t, string name, string role) => t.T("approval.person", name, role);

    /// <summary>"label：value" with the language's colon.</summary>
    public static string Labelled(this Texts t, string label, string? value) => t.T("approval.labelled", label, value);

    public static string List(this Texts t, IEnumerable<string> items) => string.Join(t["approval.listSeparator"], items);

    /// <summary>"2026-03-01 14:05（北京时间）".</summary>
    public static string At(this Texts t, DateTimeOffset at) => t.T("approval.beijingTime", BeijingTime.Format(at));

    /// <summary>The Beijing calendar day: "2026年12月2日", "2 December 2026".</summary>
    public static string Date(this Texts t, DateTimeOffset at) =>
        t.Language == UiLanguage.En ? BeijingTime.EnglishDate(at) : BeijingTime.ChineseDate(at);

    public static string AtPrecise(this Texts t, DateTimeOffset at) => t.T("approval.beijingTime", BeijingTime.FormatPrecise(at));
}
