using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Approvals.DecisionEmails;

internal sealed class DecisionEmailTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["decisionEmail.tag.green"] = ("【绿色通道】", "[Green channel] "),
        ["decisionEmail.tag.Reminder"] = ("【催办】", "[Reminder] "),
        ["decisionEmail.tag.Escalation"] = ("【逾期升级】", "[Escalated] "),
        ["decisionEmail.tag.Overdue"] = ("【严重逾期】", "[Overdue] "),
        ["decisionEmail.subject"] = ("{0}请审批：{1} 复工备案", "{0}Please decide: reopening filing of {1}"),
        ["decisionEmail.greeting"] = ("{0}（{1}）：您好！", "Dear {0} ({1}),"),
        ["decisionEmail.intro.Decide"] = ("以下复工备案待您审批，请在办理期限前处理。", "A reopening filing awaits your decision before the deadline below."),
        ["decisionEmail.intro.Reminder"] = ("以下复工备案仍待您审批，办理期限临近，请尽快处理。", "A reopening filing still awaits your decision; the deadline is near."),
        ["decisionEmail.intro.Escalation"] = ("以下复工备案原审批人逾期未办，已升级至您处，您可代为审批（先到先得）。", "The original approvers let the deadline pass; the filing is escalated to you and you may decide in their place (the first decision counts)."),
        ["decisionEmail.intro.Overdue"] = ("以下复工备案已超过最终办理期限仍未审批。逾期不会自动通过，请立即处理。", "This filing is past its final deadline and still undecided. Silence never approves: please decide now."),
        ["decisionEmail.business"] = ("企业名称", "Business"),
        ["decisionEmail.category"] = ("企业类别", "Category"),
        ["decisionEmail.scale"] = ("企业规模", "Scale"),
        ["decisionEmail.street"] = ("所属街道", "Street"),
        ["decisionEmail.step"] = ("审批环节", "Step"),
        ["decisionEmail.round"] = ("{0}（第 {1} 轮，企业已修改后重新提交）", "{0} (round {1}: the business amended the filing)"),
        ["decisionEmail.amended.note"] = ("企业已按退回意见修改，修改说明：{0}", "The business amended the filing as asked. Its note: {0}"),
        ["decisionEmail.amended.noNote"] = ("企业已按退回意见修改，未填写修改说明。", "The business amended the filing as asked and left no note."),
        ["decisionEmail.amended.returned"] = ("上一轮由 {0}（{1}）于 {2} 退回，理由：{3}", "Returned in the previous round by {0} ({1}) at {2}: {3}"),
        ["decisionEmail.deadline"] = ("办理期限", "Deadline"),
        ["decisionEmail.linkLabel"] = ("审批链接", "Decision link"),
        ["decisionEmail.link"] = ("请打开以下链接查看备案并审批（链接仅供本人使用，请勿转发）：", "Open this link to see the filing and decide (it is yours alone: do not forward it):"),
        ["decisionEmail.linkExpires"] = ("链接有效期至 {0}。", "The link works until {0}."),
        ["decisionEmail.footer"] = ("此邮件由复工复产备案系统自动发送，请勿回复。", "Sent automatically by the reopening filing system; please do not reply."),
    };
}
