using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

public class DevOutboxSenderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 2, 20, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sms_is_kept_with_its_urls_as_links()
    {
        var store = new DevOutboxStore(await azurite.CreateTableAsync("sms"));
        var sender = new DevOutboxSmsSender(store, _time, NullLogger<DevOutboxSmsSender>.Instance);

        await sender.SendAsync(new SmsMessage("13800138000", "您的复工备案已批准，公示牌：http://127.0.0.1:5000/api/permits/P-1。"), "F-1/approved", default);

        var kept = Assert.Single(await store.ListAsync());
        Assert.Equal(DevOutboxChannel.Sms, kept.Channel);
        Assert.Equal("13800138000", kept.To);
        Assert.Equal(_time.GetUtcNow(), kept.SentAt);
        Assert.Equal([new MessageLink("http://127.0.0.1:5000/api/permits/P-1", "http://127.0.0.1:5000/api/permits/P-1")], kept.Links);
    }

    [Fact]
    public async Task Repeated_sms_returns_the_first_receipt()
    {
        var store = new DevOutboxStore(await azurite.CreateTableAsync("sms"));
        var sender = new DevOutboxSmsSender(store, _time, NullLogger<DevOutboxSmsSender>.Instance);
        var first = await sender.SendAsync(new SmsMessage("13800138000", "hi"), "key-1", default);
        _time.Advance(TimeSpan.FromMinutes(1));

        var again = await sender.SendAsync(new SmsMessage("13800138000", "hi"), "key-1", default);

        Assert.Equal(first, again);
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Email_is_kept_with_subject_html_text_and_links()
    {
        var store = new DevOutboxStore(await azurite.CreateTableAsync("email"));
        var sender = new DevOutboxEmailSender(store, _time, NullLogger<DevOutboxEmailSender>.Instance);
        var links = new[] { new MessageLink("批准", "http://127.0.0.1/api/decisions/t1") };

        var receipt = await sender.SendAsync(new EmailMessage("wang@jd.gov.cn", "王主任", "待审批：某某餐馆", "<p>请审批</p>", "请审批", links), "F-1/step-1/round-1/wang", default);

        var kept = Assert.Single(await store.ListAsync(channel: "email"));
        Assert.Equal(receipt.MessageId, kept.MessageId);
        Assert.Equal(("wang@jd.gov.cn", "待审批：某某餐馆", "请审批", "<p>请审批</p>"), (kept.To, kept.Subject, kept.Body, kept.Html));
        Assert.Equal(links, kept.Links);
    }
}
