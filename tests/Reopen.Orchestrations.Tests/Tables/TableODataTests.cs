using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableODataTests
{
    [Fact]
    public void Text_literals_double_embedded_quotes()
    {
        Assert.Equal("PartitionKey eq 'O''Brien''s'", TableOData.Eq("PartitionKey", "O'Brien's"));
    }

    [Fact]
    public void Typed_literals_carry_their_odata_form()
    {
        Assert.Equal("N gt 5", TableOData.Gt("N", 5));
        Assert.Equal("N ge 5L", TableOData.Ge("N", 5L));
        Assert.Equal("R lt 2.0", TableOData.Lt("R", 2.0));
        Assert.Equal("R le 0.25", TableOData.Le("R", 0.25));
        Assert.Equal("B ne true", TableOData.Ne("B", true));
        Assert.Equal("T eq datetime'2026-03-14T01:26:53.5897932Z'",
            TableOData.Eq("T", new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(8)).AddTicks(5_897_932)));
        Assert.Equal("G eq guid'0f8fad5b-d9cb-469f-a165-70867728950e'", TableOData.Eq("G", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
    }

    [Fact]
    public void And_and_or_parenthesize_each_clause_and_skip_empty_ones()
    {
        Assert.Equal("(A eq 1) and (B eq 'x')", TableOData.And(TableOData.Eq("A", 1), "", TableOData.Eq("B", "x")));
        Assert.Equal("(A eq 1) or (A eq 2)", TableOData.Or(TableOData.Eq("A", 1), TableOData.Eq("A", 2)));
        Assert.Equal("A eq 1", TableOData.And(TableOData.Eq("A", 1)));
    }

    [Fact]
    public void StartsWith_becomes_a_half_open_range()
    {
        Assert.Equal("(RowKey ge 'app-') and (RowKey lt 'app.')", TableOData.StartsWith("RowKey", "app-"));
    }

    [Fact]
    public void Non_finite_doubles_cannot_be_filtered()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TableOData.Eq("R", double.NaN));
    }
}
