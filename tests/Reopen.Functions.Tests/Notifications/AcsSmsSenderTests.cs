using System.Collections.Concurrent;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.Acs;
using Reopen.Functions.Notifications.Sent;
using Reopen.Functions.Tests.Notifications.Fakes;
using Reopen.Orchestrations.Storage;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The ACS adapter against a fake that recomputes its signature and drops repeats as ACS does.</summary>
public sealed class AcsSmsSenderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly SmsMessage Text = new("13812345678", "您的复工备案已批准，公示牌：http://x/api/permits/P-1");

    private FakeAcsSms _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAcsSms.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Signed_sms_reaches_the_phone_with_repeatability_fields_derived_from_the_key()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());

        var receipt = await sender.SendAsync(Text, "Approval|F-1|7|1", default);

        var sms = Assert.Single(_fake.Delivered);
        Assert.Equal((receipt.MessageId, "+18005550100", "+8613812345678", Text.Body), (sms.MessageId, sms.From, sms.To, sms.Message));
        Assert.Equal(new MessageAttempt("Approval|F-1|7|1", default).RequestId.ToString("D"), sms.RepeatabilityRequestId);
        Assert.NotEqual(new MessageAttempt("Approval|F-1|7|2", default).RequestId, new MessageAttempt("Approval|F-1|7|1", default).RequestId);
        Assert.StartsWith("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=", Assert.Single(_fake.Requests).Authorization);
    }

    [Fact]
    public async Task Signature_with_another_access_key_is_refused_for_good()
    {
        var otherKey = $"endpoint={_fake.BaseAddress};accesskey={Convert.ToBase64String(new byte[32])}";
        var (sender, _) = await SenderKit.AcsAsync(azurite, AcsSmsClient.WithAccessKey(otherKey, SenderKit.QuickRetries(), TimeProvider.System));

        var error = await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Text, "k-wrong-key", default));

        Assert.Equal(401, error.Status);
        Assert.Empty(_fake.Delivered);
        Assert.DoesNotContain("13812345678", error.ToString());
    }

    [Fact]
    public async Task Signature_dated_an_hour_ago_is_refused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow - TimeSpan.FromHours(1));
        var (sender, _) = await SenderKit.AcsAsync(azurite, AcsSmsClient.WithAccessKey(_fake.ConnectionString, SenderKit.QuickRetries(), clock));

        Assert.Equal(401, (await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Text, "k-skew", default))).Status);
        Assert.Empty(_fake.Delivered);
    }

    [Fact]
    public async Task Throttled_then_accepted_is_retried_by_the_pipeline_with_the_same_repeatability_fields_and_sent_once()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());
        _fake.Failures.Add(429, retryAfterSeconds: 0);

        var receipt = await sender.SendAsync(Text, "k-throttled", default);

        Assert.Equal([429, 202], _fake.Requests.Select(r => r.Status));
        Assert.Single(_fake.Requests.Select(r => (r.RepeatabilityRequestId, r.RepeatabilityFirstSent)).Distinct());
        Assert.Equal(receipt.MessageId, Assert.Single(_fake.Delivered).MessageId);
    }

    [Fact]
    public async Task Persistent_server_error_surfaces_as_retryable_after_the_pipeline_retries()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());
        _fake.Failures.Add(500, times: 10);

        var error = await Assert.ThrowsAsync<TransientNotificationException>(() => sender.SendAsync(Text, "k-500", default));

        Assert.Equal(500, error.Status);
        Assert.Equal(4, _fake.Requests.Count);
        Assert.Empty(_fake.Delivered);
    }

    [Fact]
    public async Task Bad_request_is_a_permanent_failure_tried_once()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());

        var error = await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Text with { Body = new string('长', 2049) }, "k-400", default));

        Assert.Equal((400, "ACS refused the message (400): error code InvalidMessage"), (error.Status, error.Message));
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Recipient_refused_inside_a_202_is_a_permanent_failure()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());
        _fake.RefuseNextRecipient();

        Assert.Equal(400, (await Assert.ThrowsAsync<PermanentNotificationException>(() => sender.SendAsync(Text, "k-refused", default))).Status);
        Assert.Empty(_fake.Delivered);
    }

    [Fact]
    public async Task Retry_after_a_success_sends_no_second_request()
    {
        var (sender, _) = await SenderKit.AcsAsync(azurite, SignedClient());
        var first = await sender.SendAsync(Text, "k-twice", default);

        var again = await sender.SendAsync(Text, "k-twice", default);

        Assert.Equal(first, again);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Retry_after_a_send_whose_record_was_not_completed_is_dropped_by_acs_repeatability()
    {
        var (sender, records) = await SenderKit.AcsAsync(azurite, SignedClient());
        var first = await sender.SendAsync(Text, "k-crash", default);
        await ForgetCompletionAsync(records, "k-crash");

        var again = await sender.SendAsync(Text, "k-crash", default);

        Assert.Equal(first, again);
        Assert.Equal(2, _fake.Requests.Count);
        Assert.Single(_fake.Requests.Select(r => (r.RepeatabilityRequestId, r.RepeatabilityFirstSent)).Distinct());
        Assert.Single(_fake.Delivered);
    }

    [Fact]
    public async Task Endpoint_alone_sends_with_an_entra_id_token_for_the_communication_scope()
    {
        await using var secure = await FakeAcsSms.StartAsync(https: true);
        secure.AcceptedToken = "entra-token";
        var credential = new RecordingCredential("entra-token");
        var client = AcsSmsClient.WithToken(secure.BaseAddress, credential, SenderKit.QuickRetries(new FakeServerTransport(secure.Server)));
        var (sender, _) = await SenderKit.AcsAsync(azurite, client);

        await sender.SendAsync(Text, "k-entra", default);

        Assert.Single(secure.Delivered);
        Assert.Equal("Bearer entra-token", Assert.Single(secure.Requests).Authorization);
        Assert.Equal(["https://communication.azure.com//.default"], credential.Scopes.Distinct());
    }

    private AcsSmsClient SignedClient() => AcsSmsClient.WithAccessKey(_fake.ConnectionString, SenderKit.QuickRetries(), TimeProvider.System);

    // As if the app stopped between the provider's answer and writing it down: the first try's row stays, incomplete.
    private static async Task ForgetCompletionAsync(TableClient records, string idempotencyKey)
    {
        var (partitionKey, rowKey) = SentMessageLog.Keys(SentMessageLog.SmsChannel, idempotencyKey);
        var row = (await records.GetEntityOrNullAsync(partitionKey, rowKey))!;
        foreach (var completed in new[] { "ProviderMessageId", "Provider", "SentAt" }) row.Remove(completed);
        await records.UpsertEntityAsync(row, TableUpdateMode.Replace);
    }

    private sealed class RecordingCredential(string token) : TokenCredential
    {
        public ConcurrentQueue<string> Scopes { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes) Scopes.Enqueue(scope);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
