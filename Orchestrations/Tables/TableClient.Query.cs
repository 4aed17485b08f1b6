using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Core;

namespace Reopen.Orchestrations.Tables;

public sealed partial class TableClient
{
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    /// <summary>All matching entities, following continuation tokens page by page.</summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Materialize once: the same projection is sent with every page.
        var columns = select?.ToArray();
        string? token = null;
        do
        {
            var page = await QueryPageAsync(filter, columns, maxPerPage, token, ct).ConfigureAwait(false);
            foreach (var entity in page.Entities) yield return entity;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    /// <summary>One page; pass the previous page's continuation token to get the next.</summary>
    public async Task<TableQueryPage> QueryPageAsync(string? filter = null, IEnumerable<string>? select = null, int? top = null, string? continuationToken = null, CancellationToken ct = default)
    {
        if (top is <= 0 or > 1000) throw new ArgumentOutOfRangeException(nameof(top), top, "A page holds 1 to 1000 entities.");
        using var message = _transport.CreateMessage(RequestMethod.Get, "/" + Name + "()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter)) uri.AppendQuery("$filter", filter, escapeValue: true);
        AppendSelect(message, select);
        if (top is { } n) uri.AppendQuery("$top", n.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        if (continuationToken is not null)
        {
            var (nextPartition, nextRow) = TableContinuation.Decode(continuationToken);
            if (nextPartition is not null) uri.AppendQuery("NextPartitionKey", nextPartition, escapeValue: true);
            if (nextRow is not null) uri.AppendQuery("NextRowKey", nextRow, escapeValue: true);
        }

        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status != 200) throw TableErrorParser.Failure(response);

        var entities = TableTransport.ReadJson(response, ReadEntities);
        response.Headers.TryGetValue(NextPartitionKeyHeader, out var npk);
        response.Headers.TryGetValue(NextRowKeyHeader, out var nrk);
        return new TableQueryPage(entities, TableContinuation.Encode(npk, nrk));
    }

    private static List<TableEntity> ReadEntities(JsonElement page)
    {
        if (!page.TryGetProperty("value", out var values)) return [];
        var entities = new List<TableEntity>(values.GetArrayLength());
        foreach (var item in values.EnumerateArray()) entities.Add(TableJson.ReadEntity(item));
        return entities;
    }
}
