using System.Net;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>A decision the orchestration has not applied within the wait: the page says so, and the link shows the outcome later.</summary>
[Collection(JourneyCollection.Name)]
public sealed class PendingDecisionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_decision_not_applied_within_the_wait_is_answered_as_received_and_its_link_later_shows_it_decided()
    {
        string link, prefix;
        await using (var filed = await Journey.StartAsync(azurite))
        {
            await filed.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
            link = new Uri(await filed.Outbox.DecisionLinkAsync(Journey.Secretary)).PathAndQuery;
            prefix = filed.App.TablePrefix;
        }
        // The same storage, with a wait too short for any orchestration.
        await using var journey = await Journey.StartAsync(azurite, o =>
        {
            o.TablePrefix = prefix;
            o.Settings["Reopen:Approvals:OutcomeWait"] = "00:00:00.001";
        });

        var (response, html) = await journey.DecideAsync(link, "approve");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("data-notice=\"pending\"", html);
        Assert.Contains($"href=\"{new Uri("http://x" + link).AbsolutePath}\"", html);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            var (later, laterHtml) = await journey.GetAsync(link);
            if (later.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Contains("data-notice=\"already-decided\"", laterHtml);
                return;
            }
        }
        Assert.Fail("The decision was never applied.");
    }
}
