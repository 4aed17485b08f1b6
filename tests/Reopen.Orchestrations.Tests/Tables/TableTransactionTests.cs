using Azure.Core;
using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

[Collection(AzuriteTables.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Mixed_actions_commit_together_and_return_each_etag()
    {
        var table = await azurite.CreateTableAsync("batch");
        var existingEtag = await table.AddEntityAsync(new TableEntity("p", "update") { ["V"] = 1, ["Keep"] = "k" });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["V"] = 1, ["Drop"] = "d" });
        await table.AddEntityAsync(new TableEntity("p", "delete"));

        var etags = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["V"] = "新增" }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["V"] = 2 }, existingEtag),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["V"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert-merge") { ["V"] = 5L }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert-replace") { ["V"] = 6.5 }),
        ]);

        Assert.Equal(6, etags.Count);
        Assert.Null(etags[3]);
        Assert.All(etags.Where((_, i) => i != 3), e => Assert.StartsWith("W/\"datetime'", e, StringComparison.Ordinal));
        Assert.Equal("新增", (await table.GetEntityIfExistsAsync("p", "add"))!["V"]);
        var updated = (await table.GetEntityIfExistsAsync("p", "update"))!;
        Assert.Equal(2, updated["V"]);
        Assert.Equal("k", updated["Keep"]);
        Assert.Equal(etags[1], updated.ETag);
        Assert.False((await table.GetEntityIfExistsAsync("p", "replace"))!.ContainsKey("Drop"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "delete"));
        Assert.Equal(5L, (await table.GetEntityIfExistsAsync("p", "upsert-merge"))!["V"]);
        Assert.Equal(6.5, (await table.GetEntityIfExistsAsync("p", "upsert-replace"))!["V"]);
    }

    [Fact]
    public async Task A_failure_on_the_second_action_writes_nothing_and_reports_index_1()
    {
        var table = await azurite.CreateTableAsync("batch");
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "fresh")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "overwrite" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "fresh2")),
        ]));

        Assert.Equal(1, error.FailedTransactionActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "fresh"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "fresh2"));
        Assert.Equal("original", (await table.GetEntityIfExistsAsync("p", "taken"))!["V"]);
    }

    [Fact]
    public async Task A_stale_etag_in_a_transaction_fails_with_412_at_its_index()
    {
        var table = await azurite.CreateTableAsync("batch");
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "other2")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(2, error.FailedTransactionActionIndex);
        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "other"));
    }

    [Fact]
    public async Task Exactly_one_hundred_actions_commit()
    {
        var table = await azurite.CreateTableAsync("batch");

        var etags = await table.SubmitTransactionAsync(Adds("p", 100));

        Assert.Equal(100, etags.Count);
        Assert.Equal(100, (await TableEntityOperationsTests.ToListAsync(table.QueryAsync())).Count);
    }

    [Fact]
    public async Task Invalid_transactions_are_rejected_before_anything_is_sent()
    {
        var counter = new TableRequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var table = await azurite.CreateTableAsync("batch", options);
        counter.Reset();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Adds("p", 101)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([.. Adds("p", 1), .. Adds("q", 1)]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([.. Adds("p", 2), .. Adds("p", 1)]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p", "bad/key"))]));

        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task A_transaction_against_a_missing_table_throws_with_status_404()
    {
        var table = azurite.CreateServiceClient().GetTableClient(TestTables.UniqueName("missing"));

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(Adds("p", 2)));

        Assert.Equal(404, error.Status);
    }

    private static List<TableTransactionAction> Adds(string partitionKey, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partitionKey, $"r{i:D3}") { ["I"] = i }))
            .ToList();
}
