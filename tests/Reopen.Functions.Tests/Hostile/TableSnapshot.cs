using Azure.Data.Tables;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>Every row of every table the app owns (its prefix), as table, keys and ETag: equal snapshots mean nothing was written.</summary>
public sealed class TableSnapshot
{
    private readonly HashSet<string> _rows;

    private TableSnapshot(HashSet<string> rows) => _rows = rows;

    public int Count => _rows.Count;

    /// <summary>
    /// Reads the account's table list (the service's "Tables" table) for names with <paramref name="prefix"/>, so that a table
    /// created later (the dev outbox creates its own on first use) is in the snapshot too.
    /// </summary>
    public static async Task<TableSnapshot> TakeAsync(TableServiceClient service, string prefix, Func<string, TableEntity, bool> ignore)
    {
        var names = new List<string>();
        await foreach (var table in service.QueryAsync())
            if (table.Name.StartsWith(prefix, StringComparison.Ordinal)) names.Add(table.Name);
        var tables = await Task.WhenAll(names.Select(name => RowsAsync(service.GetTableClient(name), name[prefix.Length..], ignore)));
        return new TableSnapshot(tables.SelectMany(rows => rows).ToHashSet(StringComparer.Ordinal));
    }

    private static async Task<List<string>> RowsAsync(TableClient table, string unprefixed, Func<string, TableEntity, bool> ignore)
    {
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            if (!ignore(unprefixed, row)) rows.Add($"{unprefixed} | {row.PartitionKey} | {row.RowKey} | {row.ETag}");
        return rows;
    }

    /// <summary>What changed from <paramref name="before"/> to this snapshot, one line per row ("+" added or changed, "-" gone).</summary>
    public IReadOnlyList<string> ChangesSince(TableSnapshot before) =>
        [.. _rows.Except(before._rows).Select(r => "+ " + r).Concat(before._rows.Except(_rows).Select(r => "- " + r)).Order(StringComparer.Ordinal)];
}
