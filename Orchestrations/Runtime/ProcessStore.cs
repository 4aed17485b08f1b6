using Azure.Data.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// The "Processes" table: what people read of each instance (snapshot, events as the audit trail, command outcomes),
/// one partition per instance. Durable's own task hub keeps the orchestration's history; this is the read model.
/// </summary>
public sealed class ProcessStore
{
    /// <param name="tablePrefix">Letters and digits put before the table name, so tests can keep their own tables.</param>
    public ProcessStore(TableServiceClient tables, string tablePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (!tablePrefix.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException("Table prefix must be letters and digits only.", nameof(tablePrefix));
        Processes = tables.GetTableClient(tablePrefix + "Processes");
    }

    internal TableClient Processes { get; }

    /// <summary>Creates the table when missing; safe to call at every start.</summary>
    public Task EnsureTablesAsync(CancellationToken ct = default) => Processes.CreateIfNotExistsAsync(ct);
}
