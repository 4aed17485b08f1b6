using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Digests;

internal sealed class DigestTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["digest.subject.one"] = ("【今日待办】{0}：{1} 件复工备案待您审批", "[Today] {0}: {1} reopening filing awaits your decision"),
        ["digest.subject.other"] = ("【今日待办】{0}：{1} 件复工备案待您审批", "[Today] {0}: {1} reopening filings await your decision"),
        ["digest.dateFormat"] = ("yyyy年M月d日", "d MMMM yyyy"),
        ["digest.greeting"] = ("{0}（{1}）：您好！", "Dear {0} ({1}),"),
        ["digest.intro"] = ("以下复工备案正等待您审批，按办理期限排序。逾期不会自动通过。", "These reopening filings await your decision, soonest deadline first. Silence never approves."),
        ["digest.business"] = ("企业", "Business"),
        ["digest.step"] = ("环节", "Step"),
        ["digest.deadline"] = ("办理期限", "Deadline"),
        ["digest.overdue"] = ("已逾期", "overdue"),
        ["digest.linkLabel"] = ("审批链接", "Decision link"),
        ["digest.footer"] = ("本邮件每日发送一次，仅在有待办事项时发送；链接仅供本人使用，请勿转发。", "Sent once a day, only when something waits for you; the links are yours alone: do not forward them."),
    };
}
