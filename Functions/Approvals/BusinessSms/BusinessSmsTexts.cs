using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Approvals.BusinessSms;

/// <summary>Text messages to the business; they go out in Chinese (the English is for readers of the code and the outbox).</summary>
internal sealed class BusinessSmsTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["businessSms.signature"] = ("【{0}复工复产】", "[{0} reopening] "),
        ["businessSms.Approved"] = ("您的复工备案已通过，许可编号{0}。公示牌：{1}", "Your reopening filing is approved, permit {0}. Placard: {1}"),
        ["businessSms.Rejected"] = ("您的复工备案{0}未通过，街道将致电说明原因。也可凭查询码查看：{1}",
            "Your reopening filing {0} was rejected. The street office will call you to explain why; you can also see the reason with your access code: {1}"),
        ["businessSms.Returned"] = ("您的复工备案{0}需修改后重新提交，请凭查询码查看原因并修改：{1}",
            "Your reopening filing {0} needs amending. See the reason and amend it with your access code: {1}"),
    };
}
