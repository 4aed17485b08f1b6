using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Hosting.Clients;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Storage;
using static Reopen.Functions.Tests.Filings.AccessCodeRequests;

namespace Reopen.Functions.Tests.Filings;

/// <summary>A filing takes a budget of wrong codes per window from every address and app instance together, kept in Table storage.</summary>
[Collection(FilingsCollection.Name)]
public class AccessCodeBudgetTests(FilingsApp app)
{
    // On a 15-minute boundary, so that a test knows where its window ends.
    private static readonly DateTimeOffset WindowStart = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_app_instances_and_many_addresses_share_one_budget_per_filing()
    {
        await using var first = await StartAsync(o => Trusting(Budget(o, 4)));
        await using var second = await StartAsync(o => Trusting(Budget(o, 4)).Settings["Storage:TablePrefix"] = first.TablePrefix);
        var (filingId, accessCode) = await first.FileAsync();

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            wrong.Add((await (i % 2 == 0 ? first : second).PresentCodeAsync(filingId, WrongCode(i), forwardedFor: $"203.0.113.{i + 1}")).Status);
        var rightOnFirst = await first.PresentCodeAsync(filingId, accessCode, forwardedFor: "198.51.100.1");
        var rightOnSecond = await second.PresentCodeAsync(filingId, accessCode, forwardedFor: "198.51.100.2");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 4), wrong);
        Assert.All(new[] { rightOnFirst, rightOnSecond }, answer =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
            Assert.Equal("too-many-attempts", answer.Code);
            Assert.InRange(answer.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        });
    }

    [Fact]
    public async Task A_spent_budget_refuses_every_code_until_its_window_ends_then_counts_afresh()
    {
        var time = new FakeTimeProvider(WindowStart.AddMinutes(5));
        await using var limited = await StartAsync(o => Clock(Budget(o, 2), time));
        var (filingId, accessCode) = await limited.FileAsync();

        var wrong = new[] { await limited.PresentCodeAsync(filingId, WrongCode(1)), await limited.PresentCodeAsync(filingId, WrongCode(2)) };
        var locked = await limited.PresentCodeAsync(filingId, accessCode);
        time.Advance(TimeSpan.FromMinutes(10));
        var reopened = await limited.PresentCodeAsync(filingId, accessCode);
        var countedAfresh = await limited.PresentCodeAsync(filingId, WrongCode(3));

        Assert.All(wrong, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.Status);
        Assert.Equal(TimeSpan.FromMinutes(10), locked.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, reopened.Status);
        Assert.Equal(HttpStatusCode.NotFound, countedAfresh.Status);
    }

    [Fact]
    public async Task Concurrent_wrong_codes_are_answered_only_as_far_as_the_budget_goes()
    {
        await using var limited = await StartAsync(o => Clock(Budget(o, 5), new FakeTimeProvider(WindowStart)));
        var (filingId, _) = await limited.FileAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => limited.PresentCodeAsync(filingId, WrongCode(i))));

        Assert.Equal(5, answers.Count(a => a.Status == HttpStatusCode.NotFound));
        Assert.Equal(15, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Only_wrong_codes_for_filings_that_exist_write_a_row_and_right_codes_write_none()
    {
        await using var limited = await StartAsync(o => Budget(o, 3));
        var (filingId, accessCode) = await limited.FileAsync();
        var unknownIds = Enumerable.Range(0, 5).Select(i => $"F260101UNKNOWN{i:D4}").ToArray();

        var unknown = new List<HttpStatusCode>();
        foreach (var (id, i) in unknownIds.Select((id, i) => (id, i))) unknown.Add((await limited.PresentCodeAsync(id, WrongCode(i))).Status);
        var right = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) right.Add((await limited.PresentCodeAsync(filingId, accessCode)).Status);
        var rowsAfterRightCodes = await BudgetRowsAsync(limited);
        var wrong = await limited.PresentCodeAsync(filingId, WrongCode(9));
        var rowsAfterWrongCode = await BudgetRowsAsync(limited);

        Assert.All(unknown, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.All(right, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.NotFound, wrong.Status);
        Assert.Empty(rowsAfterRightCodes);
        Assert.Equal([filingId], rowsAfterWrongCode);
    }

    private Task<ReopenTestApp> StartAsync(Action<ReopenTestAppOptions> configure) => ReopenTestApp.StartAsync(app.Azurite, configure);

    private static ReopenTestAppOptions Budget(ReopenTestAppOptions options, int wrongCodesPerFiling)
    {
        options.Settings["Reopen:Filings:AccessCodeAttemptsPerFiling"] = wrongCodesPerFiling.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return options;
    }

    private static ReopenTestAppOptions Trusting(ReopenTestAppOptions options)
    {
        options.Settings[ClientAddress.TrustSetting] = "true";
        return options;
    }

    private static ReopenTestAppOptions Clock(ReopenTestAppOptions options, TimeProvider time)
    {
        options.ConfigureServices = services => services.AddSingleton(time);
        return options;
    }

    // Every filing id holding a row of the access-code budget, in the app's Filings table.
    private static async Task<List<string>> BudgetRowsAsync(ReopenTestApp app) =>
        await app.GetRequiredService<AppTables>().Get("Filings").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"access-guesses"}"), select: ["PartitionKey"])
            .Select(row => row.PartitionKey).ToListAsync();
}
