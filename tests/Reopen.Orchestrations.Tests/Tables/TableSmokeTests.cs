using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableSmokeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Basic_operations_work_against_azurite()
    {
        var table = await azurite.CreateTableAsync("smoke");
        await table.CreateIfNotExistsAsync();
        var e = new TableEntity("p", "r") { ["S"] = "中文", ["L"] = 5L, ["D"] = 2.0, ["I"] = 3, ["G"] = Guid.NewGuid(), ["B"] = new byte[] { 1, 2 }, ["T"] = DateTimeOffset.UtcNow, ["Q"] = true };
        var etag = await table.AddEntityAsync(e);
        Assert.NotNull(etag);
        var read = await table.GetEntityIfExistsAsync("p", "r");
        Assert.NotNull(read);
        foreach (var (k, v) in read!) Console.WriteLine($"{k} = {v} ({v?.GetType().Name})");
        Console.WriteLine($"etag {etag} / {read.ETag} ts {read.Timestamp}");
        await table.UpsertEntityAsync(new TableEntity("p", "r2") { ["X"] = 1 });
        var all = new List<TableEntity>();
        await foreach (var x in table.QueryAsync()) all.Add(x);
        Assert.Equal(2, all.Count);
        var r = await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, new TableEntity("p", "r3")), new(TableTransactionActionType.Delete, new TableEntity("p", "r2"))]);
        Console.WriteLine(string.Join(",", r));
        Assert.True(await table.DeleteEntityAsync("p", "r"));
        Assert.False(await table.DeleteEntityAsync("p", "r"));
    }
}
