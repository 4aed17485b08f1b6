using Azure.Core;
using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

[Collection(AzuriteTables.Name)]
public sealed class TableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_follows_continuation_across_more_than_a_thousand_rows()
    {
        var counter = new TableRequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var table = await azurite.CreateTableAsync("many", options);
        const int rows = 1_150;
        for (var start = 0; start < rows; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, rows - start))
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("bulk", i.ToString("D5")) { ["N"] = i }))
                .ToList();
            await table.SubmitTransactionAsync(batch);
        }
        counter.Reset();

        var all = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.Eq("PartitionKey", "bulk")));

        Assert.Equal(rows, all.Count);
        Assert.Equal(Enumerable.Range(0, rows), all.Select(e => e.GetInt32("N")!.Value).Order());
        Assert.Equal(rows, all.Select(e => e.RowKey).Distinct().Count());
        Assert.True(counter.Count > 1, $"expected several pages, saw {counter.Count} request(s)");
    }

    [Fact]
    public async Task Top_limits_the_page_and_the_token_resumes_where_it_stopped()
    {
        var table = await SeedAsync(5);

        var first = await table.QueryPageAsync(top: 2);
        var second = await table.QueryPageAsync(top: 2, continuationToken: first.ContinuationToken);
        var third = await table.QueryPageAsync(top: 2, continuationToken: second.ContinuationToken);

        Assert.Equal(["0", "1"], first.Entities.Select(e => e.RowKey));
        Assert.Equal(["2", "3"], second.Entities.Select(e => e.RowKey));
        Assert.Equal(["4"], third.Entities.Select(e => e.RowKey));
        Assert.NotNull(first.ContinuationToken);
        Assert.Null(third.ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_with_max_per_page_still_returns_everything()
    {
        var table = await SeedAsync(5);

        var all = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(maxPerPage: 2));

        Assert.Equal(5, all.Count);
    }

    [Fact]
    public async Task Select_returns_only_the_chosen_properties()
    {
        var table = await SeedAsync(3);

        var page = await table.QueryPageAsync(select: ["Label"]);

        Assert.Equal(3, page.Entities.Count);
        Assert.All(page.Entities, e =>
        {
            Assert.StartsWith("第", e.GetString("Label"), StringComparison.Ordinal);
            Assert.False(e.ContainsKey("N"));
            Assert.False(e.ContainsKey("Kind"));
        });
    }

    [Fact]
    public async Task Filter_with_quoted_text_and_typed_comparisons_selects_matching_rows()
    {
        var table = await SeedAsync(6);
        await table.AddEntityAsync(new TableEntity("seed", "q") { ["Label"] = "O'Neil's", ["N"] = 100 });

        var quoted = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.Eq("Label", "O'Neil's")));
        var ranged = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.And(TableOData.Ge("N", 2), TableOData.Lt("N", 4))));
        var none = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.Eq("Label", "nobody")));

        Assert.Equal("q", Assert.Single(quoted).RowKey);
        Assert.Equal(["2", "3"], ranged.Select(e => e.RowKey));
        Assert.Empty(none);
    }

    [Fact]
    public async Task StartsWith_filter_returns_rows_whose_key_has_the_prefix()
    {
        var table = await azurite.CreateTableAsync("prefix");
        foreach (var key in new[] { "app-1", "app-2", "apq", "ap", "b" })
            await table.AddEntityAsync(new TableEntity("p", key));

        var matched = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.StartsWith("RowKey", "app-")));

        Assert.Equal(["app-1", "app-2"], matched.Select(e => e.RowKey));
    }

    [Fact]
    public async Task A_malformed_continuation_token_is_rejected_before_sending()
    {
        var table = await SeedAsync(1);

        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryPageAsync(continuationToken: "not a token!"));
    }

    private async Task<TableClient> SeedAsync(int count)
    {
        var table = await azurite.CreateTableAsync("query");
        var actions = Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity("seed", i.ToString()) { ["N"] = i, ["Label"] = $"第{i}号", ["Kind"] = "shop" }))
            .ToList();
        await table.SubmitTransactionAsync(actions);
        return table;
    }
}
