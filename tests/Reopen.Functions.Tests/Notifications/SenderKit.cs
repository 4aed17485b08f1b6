using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications.Acs;
using Reopen.Functions.Notifications.SendGrid;
using Reopen.Functions.Notifications.Sent;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The real adapters, each on a sent-record table of its own, pointed at a fake provider.</summary>
public static class SenderKit
{
    public static async Task<(SendGridEmailSender Sender, TableClient Records)> SendGridAsync(AzuriteFixture azurite, Uri host, string apiKey, TimeProvider? time = null)
    {
        var records = await azurite.CreateTableAsync("sent");
        var options = Options.Create(new SendGridOptions { ApiKey = apiKey, FromEmail = "noreply@qinghe.gov.cn", FromName = "清河街道办事处", Host = host.ToString() });
        var sender = new SendGridEmailSender(new PlainHttpClients(), options, Log(records, time), time ?? TimeProvider.System, NullLogger<SendGridEmailSender>.Instance);
        return (sender, records);
    }

    public static async Task<(AcsSmsSender Sender, TableClient Records)> AcsAsync(AzuriteFixture azurite, AcsSmsClient client, TableClient? records = null)
    {
        records ??= await azurite.CreateTableAsync("sent");
        var options = Options.Create(new AcsSmsOptions { From = "+18005550100" });
        return (new AcsSmsSender(client, options, Log(records, null), NullLogger<AcsSmsSender>.Instance), records);
    }

    /// <summary>Azure.Core's retry with tiny delays, so a test sees every retry without waiting.</summary>
    public static AcsSmsClientOptions QuickRetries(FakeServerTransport? transport = null)
    {
        var options = new AcsSmsClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        if (transport is not null) options.Transport = transport.Transport;
        return options;
    }

    private static SentMessageLog Log(TableClient records, TimeProvider? time) =>
        new(records, time ?? TimeProvider.System, NullLogger<SentMessageLog>.Instance);

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}

/// <summary>An Azure.Core transport that trusts one fake server's own certificate.</summary>
public sealed class FakeServerTransport(Fakes.FakeServer server)
{
    public Azure.Core.Pipeline.HttpClientTransport Transport { get; } = new(server.TrustingHandler());
}
