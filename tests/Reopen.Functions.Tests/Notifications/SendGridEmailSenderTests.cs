using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.SendGrid;
using Reopen.Functions.Tests.Notifications.Fakes;
using Reopen.Orchestrations.Runtime;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The SendGrid adapter against a fake that holds it to SendGrid's v3 wire contract.</summary>
public sealed class SendGridEmailSenderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Address = "wang.zhuren@qinghe.gov.cn";
    private static readonly EmailMessage Mail = new(Address, "王主任", "待审批：清源鲜果批发行", "<p>请审批 <a href=\"http://x/api/decisions/t\">批准</a></p>",
        "请审批 http://x/api/decisions/t", [new MessageLink("批准", "http://x/api/decisions/t")]);

    private FakeSendGrid _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeSendGrid.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Email_goes_out_as_v3_mail_with_html_text_and_the_idempotency_key()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, FakeSendGrid.ApiKey);

        var receipt = await sender.SendAsync(Mail, "Approval|F-1|3|0", default);

        var mail = Assert.Single(_fake.Accepted);
        Assert.Equal(mail.MessageId, receipt.MessageId);
        Assert.Equal(("noreply@qinghe.gov.cn", Address, Mail.Subject, Mail.TextBody, Mail.HtmlBody), (mail.FromEmail, mail.To, mail.Subject, mail.Text, mail.Html));
        Assert.Equal("Approval|F-1|3|0", mail.CustomArgs[SendGridEmailSender.IdempotencyKeyArg]);
    }

    [Fact]
    public async Task Wrong_api_key_is_refused_for_good_without_personal_data_in_the_error()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, "SG.someone-elses-key");

        var error = await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Mail, "k-wrong-key", default));

        Assert.Equal(401, error.Status);
        Assert.IsAssignableFrom<EffectRejectedException>(error);
        Assert.Empty(_fake.Accepted);
        Assert.DoesNotContain(Address, error.ToString());
    }

    [Fact]
    public async Task Throttled_send_is_retryable_after_its_retry_after_and_the_retry_sends_once()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, FakeSendGrid.ApiKey);
        _fake.Failures.Add(429, retryAfterSeconds: 7);

        var throttled = await Assert.ThrowsAsync<TransientNotificationException>(() => sender.SendAsync(Mail, "k-throttled", default));
        // The runtime tries the effect again, no sooner than SendGrid asked.
        var receipt = await sender.SendAsync(Mail, "k-throttled", default);

        Assert.Equal((429, TimeSpan.FromSeconds(7)), (throttled.Status, throttled.RetryAfter));
        Assert.Equal([429, 202], _fake.Answers);
        Assert.Equal(receipt.MessageId, Assert.Single(_fake.Accepted).MessageId);
    }

    [Fact]
    public async Task Persistent_server_error_surfaces_as_retryable_each_time()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, FakeSendGrid.ApiKey);
        _fake.Failures.Add(500, times: 3);

        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal(500, (await Assert.ThrowsAsync<TransientNotificationException>(() => sender.SendAsync(Mail, "k-500", default))).Status);

        Assert.Empty(_fake.Accepted);
    }

    [Fact]
    public async Task Bad_request_is_a_permanent_failure_naming_the_field_not_the_address()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, FakeSendGrid.ApiKey);

        var error = await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Mail with { Subject = "" }, "k-400", default));

        Assert.Equal(400, error.Status);
        Assert.Contains("subject", error.Message);
        Assert.DoesNotContain(Address, error.ToString());
    }

    [Fact]
    public async Task Retry_after_a_success_sends_nothing_and_returns_the_first_receipt()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, _fake.BaseAddress, FakeSendGrid.ApiKey);
        var first = await sender.SendAsync(Mail, "k-twice", default);

        var again = await sender.SendAsync(Mail, "k-twice", default);

        Assert.Equal(first, again);
        Assert.Equal([202], _fake.Answers);
    }

    [Fact]
    public async Task Unreachable_provider_is_retryable()
    {
        var (sender, _) = await SenderKit.SendGridAsync(azurite, new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"), FakeSendGrid.ApiKey);

        var error = await Assert.ThrowsAsync<TransientNotificationException>(() => sender.SendAsync(Mail, "k-down", default));

        Assert.Null(error.Status);
    }
}
