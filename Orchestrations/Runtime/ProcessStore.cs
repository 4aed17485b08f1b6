using Azure.Data.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// The runtime's two tables: "Processes" (one partition per instance: snapshot, events, outbox, command ids)
/// and "Timers" (durable timers keyed by due time).
/// </summary>
public sealed class ProcessStore
{
    /// <param name="tablePrefix">Letters and digits put before both table names, so tests can keep their own tables.</param>
    public ProcessStore(TableServiceClient tables, string tablePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (!tablePrefix.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException("Table prefix must be letters and digits only.", nameof(tablePrefix));
        Processes = tables.GetTableClient(tablePrefix + "Processes");
        Timers = tables.GetTableClient(tablePrefix + "Timers");
    }

    internal TableClient Processes { get; }

    internal TableClient Timers { get; }

    /// <summary>Creates both tables when missing; safe to call at every start.</summary>
    public async Task EnsureTablesAsync(CancellationToken ct = default)
    {
        await Processes.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
        await Timers.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
    }
}
