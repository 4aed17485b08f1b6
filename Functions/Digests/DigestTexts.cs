using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Digests;

internal sealed class DigestTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["digest.subject.one"] = ("【今日待办】{0}：{1} 件事项待您办理", "[Today] {0}: {1} item awaits you"),
        ["digest.subject.other"] = ("【今日待办】{0}：{1} 件事项待您办理", "[Today] {0}: {1} items await you"),
        ["digest.item.complaint"] = ("投诉核查", "complaint to verify"),
        ["digest.item.overdueNotice"] = ("整改逾期，督办中", "notice past its deadline, under supervision order"),
        ["digest.dateFormat"] = ("yyyy年M月d日", "d MMMM yyyy"),
        ["digest.greeting"] = ("{0}（{1}）：您好！", "Dear {0} ({1}),"),
        ["digest.intro"] = ("以下事项正等待您办理（审批、检查、投诉核查、督办），按办理期限排序。审批逾期不会自动通过。",
            "These await you (decisions, inspections, complaints to verify, supervision orders), soonest deadline first. Silence never approves."),
        ["digest.business"] = ("企业", "Business"),
        ["digest.step"] = ("事项", "What"),
        ["digest.deadline"] = ("办理期限", "Deadline"),
        ["digest.overdue"] = ("已逾期", "overdue"),
        ["digest.linkLabel"] = ("办理链接", "Your link"),
        ["digest.footer"] = ("本邮件每日发送一次，仅在有待办事项时发送；链接仅供本人使用，请勿转发。", "Sent once a day, only when something waits for you; the links are yours alone: do not forward them."),
    };
}
