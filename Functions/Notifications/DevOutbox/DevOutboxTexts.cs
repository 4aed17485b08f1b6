using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.DevOutbox;

internal sealed class DevOutboxTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["devOutbox.title"] = ("开发发件箱", "Dev outbox"),
        ["devOutbox.intro"] = ("本地开发时，短信和邮件不会真正发出，而是保存在这里。页面每 3 秒自动刷新。", "In local development, text messages and emails are kept here instead of being sent. The page refreshes every 3 seconds."),
        ["devOutbox.empty"] = ("还没有消息。", "No messages yet."),
        ["devOutbox.count"] = ("共 {0} 条消息（最新的在前）", "{0} messages (newest first)"),
        ["devOutbox.filter.to"] = ("收件人", "Recipient"),
        ["devOutbox.filter.channel"] = ("渠道", "Channel"),
        ["devOutbox.filter.all"] = ("全部", "All"),
        ["devOutbox.filter.apply"] = ("筛选", "Filter"),
        ["devOutbox.channel.sms"] = ("短信", "SMS"),
        ["devOutbox.channel.email"] = ("邮件", "Email"),
        ["devOutbox.to"] = ("收件人：{0}", "To: {0}"),
        ["devOutbox.sentAt"] = ("发送时间：{0}", "Sent: {0}"),
        ["devOutbox.links"] = ("链接", "Links"),
        ["devOutbox.clearHint"] = ("清空：DELETE /dev/outbox", "To clear: DELETE /dev/outbox"),
    };
}
