using Azure.Data.Tables;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Tests.Runtime;

public sealed class ChunkedTextTests
{
    [Fact]
    public void Long_text_is_split_into_properties_a_table_accepts_and_read_back_whole()
    {
        var text = new string('a', TableLongStrings.ChunkChars - 1) + "😀" + new string('检', 2 * TableLongStrings.ChunkChars);
        var row = new TableEntity("p", "r");

        ChunkedText.Write(row, "State", text);

        var parts = row.Where(p => p.Key.StartsWith("State", StringComparison.Ordinal)).Select(p => (string)p.Value!).ToList();
        Assert.Equal(4, parts.Count);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, TableLongStrings.ChunkChars));
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
        Assert.Equal(text, ChunkedText.Read(row, "State"));
    }

    [Fact]
    public void Short_and_empty_text_take_one_property()
    {
        var row = new TableEntity("p", "r");
        ChunkedText.Write(row, "Data", "");
        ChunkedText.Write(row, "Effect", "{}");

        Assert.Equal(["Data", "Effect", "PartitionKey", "RowKey"], row.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("", ChunkedText.Read(row, "Data"));
        Assert.Equal("{}", ChunkedText.Read(row, "Effect"));
    }

    [Fact]
    public void Text_too_big_for_one_row_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => ChunkedText.Write(new TableEntity("p", "r"), "State", new string('检', ChunkedText.MaxRowBytes / 2)));
        Assert.Contains("one row holds at most", error.Message);
    }
}
