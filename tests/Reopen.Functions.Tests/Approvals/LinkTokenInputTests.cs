using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>What a link's token carries is input like a path: one spelling, ids a filing can have, never a 500.</summary>
[Collection(JourneyCollection.Name)]
public class LinkTokenInputTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Links_signed_with_the_key_but_naming_an_impossible_filing_id_get_the_invalid_link_page()
    {
        var logs = new RecordingLoggerProvider();
        await using var journey = await Journey.StartAsync(azurite,
            options => options.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs));
        var expires = DateTimeOffset.UtcNow.AddDays(1);

        foreach (var filingId in new[] { "F/../x", "a#b", "", "F\u0007X", "F260301K7QD2MZX4A\u0000" })
        {
            var decision = "/api/decisions/" + SignedTokens.Sign(DecisionLinkKeyRing.DevelopmentKey, filingId, "street", 1,
                "street:QH01:secretary", expires);
            var callback = CallbackLinks.PathFor(SignedTokens.Sign(DecisionLinkKeyRing.DevelopmentKey, filingId, CallbackLinks.StepId,
                CallbackLinks.Round, "street:QH01:director", expires));
            foreach (var (response, html) in new[]
            {
                await journey.GetAsync(decision), await journey.DecideAsync(decision, "approve"),
                await journey.GetAsync(callback), await journey.PostFormAsync(callback, ("notes", "已回访")),
            })
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest,
                    $"{response.RequestMessage!.Method} for filing id {Uri.EscapeDataString(filingId)} answered {(int)response.StatusCode}");
                Assert.Contains("链接无效", html);
            }
        }

        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task Other_spellings_of_a_genuine_link_get_the_invalid_link_page_and_the_link_itself_still_opens()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var prefix = link[..^token.Length];

        foreach (var respelled in new[]
        {
            token + "=", token.Insert(12, "%20"), token.Insert(12, "%0A"), token + "%0A", SignedTokens.WithTrailingBitsSet(token),
        })
        {
            var (page, html) = await journey.GetAsync(prefix + respelled);
            var (post, _) = await journey.DecideAsync(prefix + respelled, "approve");

            Assert.True(page.StatusCode == HttpStatusCode.BadRequest, $"{respelled} answered {(int)page.StatusCode}");
            Assert.Contains("链接无效", html);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        Assert.Empty((await journey.StateAsync(filingId)).Decisions);
        var (genuine, _) = await journey.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }
}
