using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.DevOutbox;

internal sealed class DevOutboxTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["devOutbox.title"] = ("开发发件箱", "Dev outbox"),
        ["devOutbox.intro"] = ("本地开发时，短信和邮件不会真正发出，而是保存在这里。页面每 3 秒自动刷新。", "In local development, text messages and emails are kept here instead of being sent. The page refreshes every 3 seconds."),
        ["devOutbox.empty"] = ("还没有消息。", "No messages yet."),
        ["devOutbox.messages.one"] = ("共 {0} 条消息", "{0} message in all"),
        ["devOutbox.messages.other"] = ("共 {0} 条消息", "{0} messages in all"),
        ["devOutbox.summary"] = ("{0}，本页显示 {1} 条（最新的在前）。", "{0}; this page shows {1}, newest first."),
        ["devOutbox.next"] = ("下一页（更早的消息）", "Next page (older messages)"),
        ["devOutbox.first"] = ("回到最新消息", "Back to the newest"),
        ["devOutbox.badLimit"] = ("每页条数（limit）须为 1 到 {0} 之间的整数。", "limit (messages per page) must be a whole number from 1 to {0}."),
        ["devOutbox.badAfter"] = ("after 须为本发件箱中的消息编号（取自“下一页”链接）。", "after must be a message id of this outbox, as given in the next-page link."),
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
