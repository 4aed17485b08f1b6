using Azure;
using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

[Collection(AzuriteTables.Name)]
public sealed class TableEntityOperationsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Creating_an_existing_table_succeeds_quietly()
    {
        var table = await azurite.CreateTableAsync("exists");

        await table.CreateIfNotExistsAsync();

        Assert.Empty(await ToListAsync(table.QueryAsync()));
    }

    [Fact]
    public async Task Added_entity_reads_back_with_the_etag_the_insert_returned()
    {
        var table = await azurite.CreateTableAsync();

        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "shop" });
        var read = await table.GetEntityIfExistsAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal("shop", read.GetString("Name"));
        Assert.Equal(etag, read.ETag);
        Assert.StartsWith("W/\"datetime'", etag, StringComparison.Ordinal);
        Assert.NotNull(read.Timestamp);
        Assert.Equal(TimeSpan.Zero, read.Timestamp.Value.Offset);
        Assert.InRange(read.Timestamp.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task Adding_an_existing_entity_fails_with_409_EntityAlreadyExists()
    {
        var table = await azurite.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
    }

    [Fact]
    public async Task Reading_a_missing_entity_returns_null()
    {
        var table = await azurite.CreateTableAsync();

        Assert.Null(await table.GetEntityIfExistsAsync("p", "nobody"));
    }

    [Fact]
    public async Task Reading_from_a_missing_table_throws_404_TableNotFound()
    {
        var table = azurite.CreateServiceClient().GetTableClient(TestTables.UniqueName("missing"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Point_read_with_select_returns_only_the_chosen_properties()
    {
        var table = await azurite.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = 2, ["C"] = true });

        var read = await table.GetEntityIfExistsAsync("p", "r", select: ["A", "B"]);

        Assert.NotNull(read);
        Assert.Equal("a", read.GetString("A"));
        Assert.Equal(2, read.GetInt32("B"));
        Assert.False(read.ContainsKey("C"));
    }

    [Fact]
    public async Task Upsert_replace_drops_properties_the_new_entity_lacks()
    {
        var table = await azurite.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Old"] = "x", ["Kept"] = 1 });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Kept"] = 2 }, TableUpdateMode.Replace);

        var read = await table.GetEntityIfExistsAsync("p", "r");
        Assert.Equal(2, read!.GetInt32("Kept"));
        Assert.False(read.ContainsKey("Old"));
    }

    [Fact]
    public async Task Upsert_merge_keeps_properties_the_new_entity_lacks()
    {
        var table = await azurite.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Old"] = "x", ["Kept"] = 1 });

        var etag = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Kept"] = 2 }, TableUpdateMode.Merge);

        var read = await table.GetEntityIfExistsAsync("p", "r");
        Assert.Equal("x", read!.GetString("Old"));
        Assert.Equal(2, read.GetInt32("Kept"));
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Upsert_inserts_when_the_entity_is_missing()
    {
        var table = await azurite.CreateTableAsync();

        await table.UpsertEntityAsync(new TableEntity("p", "new") { ["V"] = 1 }, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("p", "new2") { ["V"] = 2 });

        Assert.Equal(1, (await table.GetEntityIfExistsAsync("p", "new"))!.GetInt32("V"));
        Assert.Equal(2, (await table.GetEntityIfExistsAsync("p", "new2"))!.GetInt32("V"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_with_the_current_etag_succeeds_and_returns_a_new_etag(TableUpdateMode mode)
    {
        var table = await azurite.CreateTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, first, mode);

        Assert.NotEqual(first, second);
        var read = await table.GetEntityIfExistsAsync("p", "r");
        Assert.Equal(2, read!.GetInt32("V"));
        Assert.Equal(second, read.ETag);
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_with_a_stale_etag_fails_with_412_UpdateConditionNotSatisfied(TableUpdateMode mode)
    {
        var table = await azurite.CreateTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 3 }, stale, mode));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Equal(2, (await table.GetEntityIfExistsAsync("p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task Update_with_wildcard_of_a_missing_entity_fails_with_404()
    {
        var table = await azurite.CreateTableAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "ghost"), "*"));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Delete_removes_the_entity_and_reports_a_second_delete_as_already_gone()
    {
        var table = await azurite.CreateTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.True(await table.DeleteEntityAsync("p", "r", etag));
        Assert.False(await table.DeleteEntityAsync("p", "r"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_fails_with_412_and_keeps_the_entity()
    {
        var table = await azurite.CreateTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Deleting_from_a_missing_table_throws_TableNotFound()
    {
        var table = azurite.CreateServiceClient().GetTableClient(TestTables.UniqueName("missing"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r"));

        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
