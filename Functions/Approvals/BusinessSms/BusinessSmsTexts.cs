using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Approvals.BusinessSms;

/// <summary>Text messages to the business; they go out in Chinese (the English is for readers of the code and the outbox).</summary>
internal sealed class BusinessSmsTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["businessSms.signature"] = ("【{0}复工复产】", "[{0} reopening] "),
        ["businessSms.Approved"] = ("{0}：您的复工备案已通过，许可编号{1}。公示牌：{2}", "{0}: your reopening filing is approved, permit {1}. Placard: {2}"),
        ["businessSms.Rejected"] = ("{0}：您的复工备案未通过。原因：{1}。街道将致电回访。", "{0}: your reopening filing was rejected. Reason: {1}. The street office will call you."),
        ["businessSms.Returned"] = ("{0}：您的复工备案需修改后重新提交。原因：{1}。请凭查询码修改：{2}", "{0}: please amend your reopening filing. Reason: {1}. Amend with your access code: {2}"),
    };
}
