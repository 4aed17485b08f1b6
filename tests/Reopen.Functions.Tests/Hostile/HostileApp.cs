using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Permits;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hostile;

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileApp>
{
    public const string Name = "Hostile input";
}

/// <summary>
/// One Azurite and one app (Development, default policy, timers idle) for every hostile case, seeded once; cases run one
/// after another so that a snapshot of the tables before and after a case shows what that case wrote.
/// </summary>
public sealed class HostileApp : IAsyncLifetime
{
    private static readonly DecisionOrigin Origin = new("test", "127.0.0.1", "HostileSeeds");
    private static int _clients = 1000;
    private AzuriteServer? _azurite;
    private ReopenTestApp? _app;
    private HostileSeeds? _seeds;

    public RecordingLoggerProvider Logs { get; } = new();

    public ReopenTestApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public HostileSeeds Seeds => _seeds ?? throw new InvalidOperationException("The app has not been seeded.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _app = await ReopenTestApp.StartAsync(_azurite, options =>
            options.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(Logs));
        _seeds = await SeedAsync();
        await SettleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>
    /// Sends the case's requests from a loopback address of its own (so one case's wrong codes never lock out the next) and
    /// checks the rules: below 500, ProblemDetails or a page, markup escaped, no error logged, nothing written when refused.
    /// </summary>
    public async Task CheckAsync(HostileCase hostile)
    {
        var requests = hostile.Requests(Seeds);
        var from = NextClientAddress();
        var before = await SnapshotAsync();
        var mark = Logs.Mark;
        var answers = new List<HostileAnswer>();
        foreach (var request in requests) answers.Add(await RawHttp.SendAsync(App.BaseAddress, from, request));
        var changes = (await SnapshotAsync()).ChangesSince(before);
        // Whatever a request set off (mail, a permit) finishes here, not in the next case's snapshot.
        if (changes.Count > 0) await SettleAsync();

        var broken = answers.SelectMany(a => HostileRules.Broken(hostile, a)).ToList();
        if (answers.All(HostileRules.Refused) && changes.Count > 0)
            broken.Add("a refused request wrote:\n  " + string.Join("\n  ", changes.Take(20)));
        broken.AddRange(Logs.ErrorsSince(mark).Select(e => "logged: " + e));
        try
        {
            hostile.Expect?.Invoke(answers);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            broken.Add("expected: " + e.Message);
        }
        Assert.True(broken.Count == 0, $"{hostile.Name}:\n" + string.Join("\n", broken));
    }

    // 127.0.0.0/8 is all loopback: each case is a client of its own.
    private static IPAddress NextClientAddress()
    {
        var n = Interlocked.Increment(ref _clients);
        return new IPAddress([127, (byte)(n / 62_500 % 250 + 1), (byte)(n / 250 % 250), (byte)(n % 250 + 2)]);
    }

    public Task<TableSnapshot> SnapshotAsync() =>
        TableSnapshot.TakeAsync(App.GetRequiredService<TableServiceClient>(), App.TablePrefix, HostileRules.ChangesLegitimatelyOnRefusal);

    /// <summary>
    /// Waits until nothing has changed for <see cref="Quiet"/>: what a request set off after its answer (mail, permits) is
    /// done. Each hop of the Durable work (the commit, then the delivery) may wait for a queue poll, so the quiet spell is
    /// longer than two of them, not one snapshot's gap.
    /// </summary>
    public async Task SettleAsync()
    {
        var giveUpAt = DateTime.UtcNow.AddSeconds(20);
        var last = await SnapshotAsync();
        var changedAt = DateTime.UtcNow;
        while (DateTime.UtcNow < giveUpAt && DateTime.UtcNow - changedAt < Quiet)
        {
            await Task.Delay(250);
            var now = await SnapshotAsync();
            if (now.ChangesSince(last).Count > 0) changedAt = DateTime.UtcNow;
            last = now;
        }
    }

    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2.5);

    private async Task<HostileSeeds> SeedAsync()
    {
        var approvals = App.GetRequiredService<ApprovalEngine>();
        var tokens = App.GetRequiredService<DecisionLinkToken>();

        var pending = await FileAsync("待审");
        var pendingLink = await LinkAsync(approvals, tokens, pending.Id);

        var returned = await FileAsync("退回");
        var returnedLink = await LinkAsync(approvals, tokens, returned.Id);
        await DecideAsync(approvals, returnedLink, Verdict.Return, "请补充返岗人员健康信息" + HostileFilings.Script);
        var spares = new List<SeededFiling>();
        for (var i = 0; i < 4; i++)
        {
            var spare = await FileAsync("备用" + i);
            await DecideAsync(approvals, await LinkAsync(approvals, tokens, spare.Id), Verdict.Return, "请补充");
            spares.Add(spare);
        }

        var rejected = await FileAsync("驳回");
        await DecideAsync(approvals, await LinkAsync(approvals, tokens, rejected.Id), Verdict.Reject, "防控方案未落实" + HostileFilings.Image);
        var callback = (await approvals.GetAsync(rejected.Id))!.State.Callback!;
        var assignee = callback.Assignees[0].Id;
        var callbackLink = new SeededLink(rejected.Id, CallbackLinks.StepId, CallbackLinks.Round, assignee,
            tokens.Create(new DecisionLinkClaims(rejected.Id, CallbackLinks.StepId, CallbackLinks.Round, assignee, DateTimeOffset.UtcNow.AddDays(30))));

        var approved = await FileAsync("通过");
        var state = (await approvals.GetAsync(approved.Id))!.State;
        while (state.CurrentStep is { } step)
            foreach (var approver in step.Awaiting)
                state = (await approvals.HandleAsync(approved.Id, new RecordDecision(step.StepId, step.Round, approver.Id, Verdict.Approve, null, Origin))).State;
        Assert.Equal(ApprovalStatus.Approved, state.Status);
        var permitKey = PermitLinks.KeyOf(state.PermitNumber!);
        await PermitRecordedAsync(permitKey);

        var guessed = await FileAsync("猜码");
        var verdictLinks = new List<SeededLink>();
        for (var i = 0; i < 4; i++) verdictLinks.Add(await LinkAsync(approvals, tokens, (await FileAsync("裁决" + i)).Id));

        return new HostileSeeds(pending, pendingLink, returned, returnedLink, spares, rejected, callbackLink, approved, permitKey, guessed, verdictLinks,
            App.GetRequiredService<DecisionLinkKeyRing>().Current);
    }

    private async Task<SeededFiling> FileAsync(string label)
    {
        using var response = await App.Client.PostAsJsonAsync("/api/filings", HostileFilings.WithMarkup(label), JsonSerializerOptions.Web);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Seeding a filing answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return new SeededFiling(json.RootElement.GetProperty("filingId").GetString()!, json.RootElement.GetProperty("accessCode").GetString()!);
    }

    /// <summary>The link the first awaited approver of the open step gets by email.</summary>
    private static async Task<SeededLink> LinkAsync(ApprovalEngine approvals, DecisionLinkToken tokens, string filingId)
    {
        var step = (await approvals.GetAsync(filingId))!.State.CurrentStep!;
        var approver = step.Awaiting[0].Id;
        var token = tokens.Create(new DecisionLinkClaims(filingId, step.StepId, step.Round, approver, DateTimeOffset.UtcNow.AddDays(7)));
        return new SeededLink(filingId, step.StepId, step.Round, approver, token);
    }

    private static Task DecideAsync(ApprovalEngine approvals, SeededLink link, Verdict verdict, string reason) =>
        approvals.HandleAsync(link.FilingId, new RecordDecision(link.StepId, link.Round, link.ApproverId, verdict, reason, Origin));

    private async Task PermitRecordedAsync(string key)
    {
        var register = App.GetRequiredService<PermitRegister>();
        var giveUpAt = DateTime.UtcNow.AddSeconds(30);
        while (await register.FindAsync(key, default) is null)
        {
            if (DateTime.UtcNow > giveUpAt) throw new Xunit.Sdk.XunitException($"Permit {key} was not recorded within 30 s.");
            await Task.Delay(100);
        }
    }
}
