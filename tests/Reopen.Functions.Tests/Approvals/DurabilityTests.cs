using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>The approval lives in storage, not in an app: it goes on across a restart and is shared out between app instances.</summary>
[Collection(JourneyCollection.Name)]
public sealed class DurabilityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_link_mailed_before_a_restart_still_decides_after_it_and_the_next_step_follows()
    {
        string filingId, link, prefix;
        await using (var before = await Journey.StartAsync(azurite))
        {
            filingId = await before.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
            link = PathOf(await before.Outbox.DecisionLinkAsync(Journey.Secretary));
            prefix = before.App.TablePrefix;
        }

        await using var after = await Journey.StartAsync(azurite, o => o.TablePrefix = prefix);
        var (response, html) = await after.DecideAsync(link, "approve");

        Assert.True(response.IsSuccessStatusCode, html);
        await after.Outbox.DecisionLinkAsync(Journey.Director);
        var state = await after.StateAsync(filingId);
        Assert.Equal(ApprovalStatus.Pending, state.Status);
        Assert.Single(state.Decisions);
    }

    [Fact]
    public async Task Timers_set_before_a_restart_fire_after_it()
    {
        string prefix;
        // The fast policy reminds after 5 s: the app is gone well before that.
        await using (var before = await Journey.StartAsync(azurite, o => o.Settings["Reopen:Policy"] = "fast"))
        {
            await before.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
            await before.Outbox.DecisionLinkAsync(Journey.Secretary);
            prefix = before.App.TablePrefix;
        }

        await using var after = await Journey.StartAsync(azurite, o =>
        {
            o.Settings["Reopen:Policy"] = "fast";
            o.TablePrefix = prefix;
        });

        await after.Outbox.WaitForAsync(Journey.Secretary, m => m.Subject!.StartsWith("【催办】", StringComparison.Ordinal), "email");
        Assert.Single(await after.Outbox.ListAsync(Journey.Secretary, "email"), m => m.Subject!.StartsWith("【催办】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_app_instances_on_one_storage_process_every_filing_once()
    {
        await using var first = await Journey.StartAsync(azurite, o => o.Settings["Durable:PartitionCount"] = "4");
        await using var second = await Journey.StartAsync(azurite, o =>
        {
            o.Settings["Durable:PartitionCount"] = "4";
            o.TablePrefix = first.App.TablePrefix;
        });
        var names = Enumerable.Range(1, 6).Select(i => $"清河第{i}便利店").ToArray();

        var filed = await Task.WhenAll(names.Select((name, i) => (i % 2 == 0 ? first : second).FileAsync(SampleFilings.BelowScale(name))));
        foreach (var name in names) await first.Outbox.WaitForAsync(Journey.Secretary, m => m.Subject!.Contains(name, StringComparison.Ordinal), "email");
        // Time for any second delivery to show up.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var mails = await first.Outbox.ListAsync(Journey.Secretary, "email");
        foreach (var name in names) Assert.Single(mails, m => m.Subject!.Contains(name, StringComparison.Ordinal));
        foreach (var filingId in filed) Assert.Single((await second.StateAsync(filingId)).Steps, s => s.Status == StepStatus.Open);
    }

    [Fact]
    public async Task A_storage_fault_while_a_decision_is_recorded_is_retried_and_the_approval_goes_on()
    {
        var storage = new RefusedBatches();
        await using var journey = await Journey.StartAsync(azurite, o => o.ConfigureServices = services => services.Replace(
            ServiceDescriptor.Singleton(new StorageConnection(azurite.ConnectionString, null, null, false).CreateClient(storage.AddTo))));
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
        var toSecretary = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        await journey.Outbox.DecisionLinkAsync(Journey.Director);

        // A decision's POST writes no batch: the next one is the orchestration recording the decision, and storage refuses it.
        storage.RefuseNext();
        var (response, html) = await journey.DecideAsync(toSecretary, "approve");
        Assert.True(response.IsSuccessStatusCode, html);
        await journey.ApproveAsync(Journey.Director);

        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, channel: "sms");
        Assert.Equal(1, storage.Refused);
        Assert.Equal(2, (await journey.StateAsync(filingId)).Decisions.Count);
    }

    /// <summary>Fails the next table batch once armed, as a storage fault the client's own retries did not get past.</summary>
    private sealed class RefusedBatches : HttpPipelinePolicy
    {
        private int _armed;
        private int _refused;

        public int Refused => Volatile.Read(ref _refused);

        public void RefuseNext() => Volatile.Write(ref _armed, 1);

        public void AddTo(TableClientOptions options) => options.AddPolicy(this, HttpPipelinePosition.PerCall);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Refuse(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Refuse(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Refuse(HttpMessage message)
        {
            if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || Interlocked.Exchange(ref _armed, 0) == 0) return;
            Interlocked.Increment(ref _refused);
            throw new RequestFailedException(503, "Storage is busy (refused by the test).");
        }
    }

    // Links name the app that mailed them; the path and token are what count.
    private static string PathOf(string url) => new Uri(url).PathAndQuery;
}
