using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

[Collection(AzuriteTables.Name)]
public sealed class TablePropertyRoundTripTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset SevenDigitInstant = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(8)).AddTicks(5_897_932);

    [Fact]
    public async Task Every_supported_type_reads_back_with_its_exact_type_and_value()
    {
        var table = await azurite.CreateTableAsync("types");
        var guid = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 250, 255];
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Text"] = "营业恢复申请：餐饮店「老王面馆」",
            ["Flag"] = true,
            ["Count"] = 42,
            ["Negative"] = -7,
            ["Big"] = 9_007_199_254_740_993L,
            ["SmallLong"] = 5L,
            ["Ratio"] = 0.1,
            ["Whole"] = 2.0,
            ["When"] = SevenDigitInstant,
            ["Id"] = guid,
            ["Blob"] = bytes,
            ["Empty"] = "",
        });

        var read = (await table.GetEntityIfExistsAsync("p", "r"))!;

        Assert.Equal("营业恢复申请：餐饮店「老王面馆」", read["Text"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(42, read["Count"]);
        Assert.Equal(-7, read["Negative"]);
        Assert.Equal(9_007_199_254_740_993L, read["Big"]);
        Assert.Equal(5L, read["SmallLong"]);
        Assert.Equal(0.1, read["Ratio"]);
        Assert.IsType<double>(read["Whole"]);
        Assert.Equal(2.0, read["Whole"]);
        var when = Assert.IsType<DateTimeOffset>(read["When"]);
        Assert.Equal(SevenDigitInstant.UtcTicks, when.UtcTicks);
        Assert.Equal(TimeSpan.Zero, when.Offset);
        Assert.Equal(guid, read["Id"]);
        Assert.Equal(bytes, Assert.IsType<byte[]>(read["Blob"]));
        Assert.Equal("", read["Empty"]);
    }

    [Fact]
    public async Task Typed_values_survive_a_query_as_well_as_a_point_read()
    {
        var table = await azurite.CreateTableAsync("types");
        var guid = Guid.NewGuid();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Big"] = long.MaxValue, ["Whole"] = 3.0, ["When"] = SevenDigitInstant, ["Id"] = guid, ["Blob"] = new byte[] { 9 } });

        var read = Assert.Single(await TableEntityOperationsTests.ToListAsync(table.QueryAsync()));

        Assert.Equal(long.MaxValue, read["Big"]);
        Assert.Equal(3.0, Assert.IsType<double>(read["Whole"]));
        Assert.Equal(SevenDigitInstant, Assert.IsType<DateTimeOffset>(read["When"]));
        Assert.Equal(guid, read["Id"]);
        Assert.Equal(new byte[] { 9 }, read["Blob"]);
        Assert.NotNull(read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Special_doubles_round_trip()
    {
        var table = await azurite.CreateTableAsync("types");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Nan"] = double.NaN, ["Up"] = double.PositiveInfinity, ["Down"] = double.NegativeInfinity, ["Tiny"] = double.Epsilon });

        var read = (await table.GetEntityIfExistsAsync("p", "r"))!;

        Assert.True(double.IsNaN(Assert.IsType<double>(read["Nan"])));
        Assert.Equal(double.PositiveInfinity, read["Up"]);
        Assert.Equal(double.NegativeInfinity, read["Down"]);
        Assert.Equal(double.Epsilon, read["Tiny"]);
    }

    [Fact]
    public async Task Null_properties_are_not_stored()
    {
        var table = await azurite.CreateTableAsync("types");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Missing"] = null, ["Present"] = "x" });

        var read = (await table.GetEntityIfExistsAsync("p", "r"))!;

        Assert.False(read.ContainsKey("Missing"));
        Assert.Equal("x", read["Present"]);
    }

    [Theory]
    [InlineData("O'Brien", "it's")]
    [InlineData("申请人", "行 1")]
    [InlineData("a+b=c&d", "50% off;,:@$!*()")]
    [InlineData("''", "'")]
    public async Task Keys_with_quotes_unicode_and_url_characters_address_the_right_entity(string partitionKey, string rowKey)
    {
        var table = await azurite.CreateTableAsync("keys");

        var etag = await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 2 }, etag);
        var read = await table.GetEntityIfExistsAsync(partitionKey, rowKey);
        var queried = await TableEntityOperationsTests.ToListAsync(table.QueryAsync(TableOData.And(TableOData.Eq("PartitionKey", partitionKey), TableOData.Eq("RowKey", rowKey))));

        Assert.NotNull(read);
        Assert.Equal(partitionKey, read.PartitionKey);
        Assert.Equal(rowKey, read.RowKey);
        Assert.Equal(2, read.GetInt32("V"));
        Assert.Equal(rowKey, Assert.Single(queried).RowKey);
        Assert.True(await table.DeleteEntityAsync(partitionKey, rowKey));
    }
}
