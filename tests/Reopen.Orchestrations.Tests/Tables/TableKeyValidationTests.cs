using Azure.Core;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableKeyValidationTests
{
    private readonly TableRequestCounter _counter = new();
    private readonly TableClient _table;

    public TableKeyValidationTests()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_counter, HttpPipelinePosition.PerRetry);
        // Nothing listens here: validation must fail before any request is attempted.
        _table = TableServiceClient.FromConnectionString("UseDevelopmentStorage=true", options).GetTableClient("shops");
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    public async Task Forbidden_key_characters_are_rejected_before_sending(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _table.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.AddEntityAsync(new TableEntity(key, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.GetEntityIfExistsAsync(key, "r"));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.DeleteEntityAsync("p", key));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.UpsertEntityAsync(new TableEntity("p", key)));

        Assert.Equal(0, _counter.Count);
    }

    [Fact]
    public async Task Entity_without_keys_is_rejected_before_sending()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _table.AddEntityAsync(new TableEntity { ["V"] = 1 }));

        Assert.Equal(0, _counter.Count);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-dash")]
    [InlineData("表格名称")]
    public void Invalid_table_names_are_rejected(string name)
    {
        var service = TableServiceClient.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Throws<ArgumentException>(() => service.GetTableClient(name));
    }

    [Fact]
    public void Unsupported_property_types_are_rejected_when_serializing()
    {
        Assert.Throws<NotSupportedException>(() => TableJson.SerializeEntity(new TableEntity("p", "r") { ["Bad"] = new object() }));
    }
}
