using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;
using Reopen.Orchestrations.Tests.Runtime;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Storage;

/// <summary>What the app adds to Azure.Data.Tables: long strings over several properties, prefix filters, reads that may find nothing.</summary>
[Collection(RuntimeCollection.Name)]
public sealed class TableStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_string_longer_than_one_property_holds_reads_back_whole_by_point_read_and_by_query()
    {
        var table = await azurite.CreateTableAsync("long");
        var text = new string('a', TableLongStrings.ChunkChars - 1) + "😀" + new string('检', 2 * TableLongStrings.ChunkChars) + "end";
        var row = new TableEntity("p", "r");
        row.SetLongString("Document", text);

        await table.AddEntityAsync(row);

        Assert.Equal(text, (await table.GetEntityOrNullAsync("p", "r"))!.GetLongString("Document"));
        Assert.Equal(text, (await table.QueryAsync<TableEntity>().SingleAsync()).GetLongString("Document"));
    }

    [Fact]
    public async Task A_missing_long_string_reads_as_null()
    {
        var table = await azurite.CreateTableAsync("long");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Other"] = "x" });

        Assert.Null((await table.GetEntityOrNullAsync("p", "r"))!.GetLongString("Document"));
    }

    [Fact]
    public async Task StartsWith_returns_the_rows_whose_key_has_the_prefix_and_no_neighbour()
    {
        var table = await azurite.CreateTableAsync("prefix");
        foreach (var key in new[] { "app-1", "app-2", "apq", "ap", "app.", "b" })
            await table.AddEntityAsync(new TableEntity("p", key));

        var matched = await table.QueryAsync<TableEntity>(TableFilters.StartsWith("RowKey", "app-")).ToListAsync();

        Assert.Equal(["app-1", "app-2"], matched.Select(e => e.RowKey));
    }

    [Fact]
    public void StartsWith_is_a_half_open_range_with_quotes_doubled()
    {
        Assert.Equal("RowKey ge 'o''k-' and RowKey lt 'o''k.'", TableFilters.StartsWith("RowKey", "o'k-"));
    }

    [Fact]
    public async Task A_missing_row_reads_as_null_and_a_present_one_with_its_etag()
    {
        var table = await azurite.CreateTableAsync("read");
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        Assert.Null(await table.GetEntityOrNullAsync("p", "missing"));
        var read = await table.GetEntityOrNullAsync("p", "r");
        Assert.Equal(added.Headers.ETag, read!.ETag);
        Assert.Equal(read.ETag, read.ETagOrAll());
        Assert.Equal(Azure.ETag.All, new TableEntity("p", "r").ETagOrAll());
    }
}
