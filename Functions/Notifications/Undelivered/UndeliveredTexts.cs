using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.Undelivered;

internal sealed class UndeliveredTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["undelivered.heading"] = ("未能发出的通知", "Messages that could not be sent"),
        ["undelivered.hint"] = ("以下通知未能送达，请联系系统管理员核对收件人信息或通知服务设置。", "These messages did not go out. Ask the system administrator to check the recipient's details or the messaging settings."),
        ["undelivered.at"] = ("时间", "When"),
        ["undelivered.what"] = ("通知", "Message"),
        ["undelivered.to"] = ("收件人", "To"),
        ["undelivered.why"] = ("原因", "Why"),
        ["undelivered.decisionEmail"] = ("审批邮件", "Decision email"),
        ["undelivered.businessSms"] = ("企业短信", "SMS to the business"),
        ["undelivered.callbackEmail"] = ("回访任务邮件", "Call-back task email"),
        ["undelivered.toBusiness"] = ("企业负责人", "The business's responsible person"),
        ["undelivered.toCallback"] = ("街道回访人员", "The street's call-back staff"),
        ["undelivered.refused"] = ("通知服务拒收（{0}，{1}）", "Refused by the messaging service ({0}, {1})"),
        ["undelivered.failed.one"] = ("尝试 {0} 次后仍未发出", "Still not sent after {0} try"),
        ["undelivered.failed.other"] = ("尝试 {0} 次后仍未发出", "Still not sent after {0} tries"),
        ["undelivered.noAnswer"] = ("无应答", "no answer"),
    };
}
