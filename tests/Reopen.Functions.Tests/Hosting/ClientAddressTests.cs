using System.Net;
using Microsoft.Extensions.Configuration;
using Reopen.Functions.Hosting;
using Reopen.Functions.Hosting.Clients;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Filings;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;
using static Reopen.Functions.Tests.Filings.AccessCodeRequests;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>X-Forwarded-For names the client only where the deployment says a proxy in front appends it.</summary>
[Collection(JourneyCollection.Name)]
public class ClientAddressTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Rotating_X_Forwarded_For_from_loopback_does_not_escape_the_per_address_limit()
    {
        await using var limited = await ReopenTestApp.StartAsync(azurite, o => o.Settings["Reopen:Filings:AccessCodeAttemptsPerMinute"] = "3");
        var (filingId, accessCode) = await limited.FileAsync();

        // Unknown filings, so that only the per-address limit can refuse.
        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            guesses.Add((await limited.PresentCodeAsync($"F260101UNKNOWN{i:D4}", WrongCode(i), forwardedFor: $"203.0.113.{i + 1}")).Status);
        var right = await limited.PresentCodeAsync(filingId, accessCode, forwardedFor: "203.0.113.99");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 3), guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), right.RetryAfter);
    }

    [Theory]
    [InlineData(null, "127.0.0.1")]
    [InlineData("true", "198.51.100.9")]
    [InlineData("false", "127.0.0.1")]
    public async Task The_audit_trail_records_the_forwarded_address_only_where_a_proxy_is_trusted(string? trust, string recorded)
    {
        await using var journey = await Journey.StartAsync(azurite, o =>
        {
            if (trust is not null) o.Settings[ClientAddress.TrustSetting] = trust;
        });
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        // The client typed the first entry; the proxy appended the second, the address it saw.
        var request = PageRequests.FormPost(link, [("verdict", "approve")]);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7, 198.51.100.9");
        var (response, _) = await journey.Client.SendForPageAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(recorded, Assert.Single((await journey.StateAsync(filingId)).Decisions).Origin.IpAddress);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "false", false)]
    [InlineData(false, null, false)]
    [InlineData(false, "true", true)]
    public void The_Functions_host_s_proxy_is_trusted_unless_the_deployment_says_otherwise(bool functionsHost, string? trust, bool trusted)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(trust is null ? [] : [new(ClientAddress.TrustSetting, trust)])
            .Build();

        Assert.Equal(trusted, ClientAddress.TrustsForwardedFor(configuration, new AppHost(functionsHost)));
    }
}
