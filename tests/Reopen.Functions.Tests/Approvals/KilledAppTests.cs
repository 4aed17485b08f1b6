using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>
/// The app killed outright (SIGKILL) while it is delivering: the activities it was running run again after the restart,
/// and no email goes out twice, because each message keeps the key of its effect.
/// </summary>
public sealed class KilledAppTests : IAsyncLifetime
{
    private const int Filings = 6;
    private readonly string _tablePrefix = TestTables.UniqueName("k")[..12];
    private AzuriteServer? _azurite;

    [Fact]
    public async Task Killed_while_it_delivers_the_first_emails_the_app_sends_each_of_them_exactly_once_after_a_restart()
    {
        var names = Enumerable.Range(1, Filings).Select(i => $"清河断电测试{i}号店").ToArray();
        await using (var first = await AppProcess.StartAsync(_azurite!, _tablePrefix))
        {
            var filed = await Task.WhenAll(names.Select(async name =>
            {
                using var response = await first.Client.PostAsJsonAsync("/api/filings", SampleFilings.BelowScale(name), JsonSerializerOptions.Web);
                return response.StatusCode;
            }));
            Assert.All(filed, status => Assert.Equal(HttpStatusCode.Created, status));
            // The first emails are going out: some of the twelve are sent, others are in flight.
            for (var giveUpAt = DateTime.UtcNow.AddSeconds(30); (await first.Outbox.ListAsync(channel: "email")).Count == 0; await Task.Delay(20))
                Assert.True(DateTime.UtcNow < giveUpAt, "No email went out.");
            first.Kill();
        }

        await using var second = await AppProcess.StartAsync(_azurite!, _tablePrefix);
        // Each filing mails its secretary and its director once; what was in flight is picked up after the hub's visibility timeout.
        IReadOnlyList<OutboxMessage> mails = [];
        for (var giveUpAt = DateTime.UtcNow.AddSeconds(60); (mails = await second.Outbox.ListAsync(channel: "email")).Count < 2 * Filings; await Task.Delay(200))
            Assert.True(DateTime.UtcNow < giveUpAt, $"Only {mails.Count} of {2 * Filings} emails went out after the restart.");
        // Time for a repeat to show up.
        await Task.Delay(TimeSpan.FromSeconds(3));
        mails = await second.Outbox.ListAsync(channel: "email");

        Assert.Equal(2 * Filings, mails.Count);
        foreach (var name in names)
        {
            Assert.Single(mails, m => m.To == Journey.Secretary && m.Subject!.Contains(name, StringComparison.Ordinal));
            Assert.Single(mails, m => m.To == Journey.Director && m.Subject!.Contains(name, StringComparison.Ordinal));
        }
    }

    public async Task InitializeAsync() => _azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>The built app as its own process (the standalone host), so that it can be killed like a crashed machine.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly ServingProcess _serving;

        private AppProcess(ServingProcess serving)
        {
            _serving = serving;
            Outbox = new DevOutboxReader(serving.Client);
        }

        public HttpClient Client => _serving.Client;

        public DevOutboxReader Outbox { get; }

        public static async Task<AppProcess> StartAsync(AzuriteServer azurite, string tablePrefix)
        {
            var root = RepoRoot.Find();
            var app = Path.Combine(root, "Functions", "bin", RepoRoot.Configuration, "net10.0", "Reopen.Functions.dll");
            var port = LoopbackPort.Free();
            var info = new ProcessStartInfo("dotnet");
            foreach (var arg in new[] { app, "--contentRoot", Path.Combine(root, "Functions") }) info.ArgumentList.Add(arg);
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
            info.Environment["ConnectionStrings__Tables"] = azurite.ConnectionString;
            info.Environment["Storage__TablePrefix"] = tablePrefix;
            info.Environment["Durable__HubName"] = "h" + tablePrefix;
            info.Environment["Durable__PartitionCount"] = "1";
            info.Environment["Durable__QueueVisibilityTimeout"] = "00:00:05";
            info.Environment["Reopen__Policy"] = "default";
            // No digest among the emails counted here (29 February is years away).
            info.Environment["Reopen__Digest__Schedule"] = "0 0 0 29 2 *";
            var started = new AppProcess(new ServingProcess(info, port));
            try
            {
                await started._serving.WaitUntilHealthyAsync("The app", TimeSpan.FromSeconds(60));
                return started;
            }
            catch
            {
                await started.DisposeAsync();
                throw;
            }
        }

        /// <summary>SIGKILL: nothing is stopped gracefully, no lease released, no message given back.</summary>
        public void Kill()
        {
            _serving.Process.Kill(entireProcessTree: true);
            _serving.Process.WaitForExit();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_serving.Process.HasExited)
            {
                _serving.Process.Kill(entireProcessTree: true);
                await _serving.Process.WaitForExitAsync();
            }
            _serving.Dispose();
        }
    }
}
