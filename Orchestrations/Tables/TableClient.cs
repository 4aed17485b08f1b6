// CONTRACT STUB: the Tables helper replaces the bodies; the public surface is fixed (others code against it).
using Azure;

namespace Reopen.Orchestrations.Tables;

/// <summary>One table, with the operations of Azure.Data.Tables' TableClient that the app uses.</summary>
public sealed partial class TableClient
{
    public string Name { get; }

    internal TableClient(string name) { Name = name; }

    public Task CreateIfNotExistsAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Point read; null when the entity does not exist.</summary>
    public Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>All matching entities, following continuation tokens page by page.</summary>
    public IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>One page; pass the previous page's continuation token to get the next.</summary>
    public Task<TableQueryPage> QueryPageAsync(string? filter = null, IEnumerable<string>? select = null, int? top = null, string? continuationToken = null, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Insert; 409 EntityAlreadyExists if present. Returns the new ETag.</summary>
    public Task<string> AddEntityAsync(TableEntity entity, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Insert or replace/merge, unconditionally. Returns the new ETag.</summary>
    public Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Update guarded by If-Match (an ETag, or "*"); 412 when it changed. Returns the new ETag.</summary>
    public Task<string> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Delete guarded by If-Match ("*" = unconditional). False when the entity was already gone.</summary>
    public Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Entity-group transaction ($batch): all or nothing, one partition, up to 100 actions.
    /// Returns each action's new ETag (null for deletes). Throws TableTransactionFailedException with the failing index.</summary>
    public Task<IReadOnlyList<string?>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct = default) => throw new NotImplementedException();
}

public enum TableUpdateMode { Merge, Replace }

public enum TableTransactionActionType { Add, UpdateMerge, UpdateReplace, Delete, UpsertMerge, UpsertReplace }

/// <summary>One operation of a transaction; ETag applies to updates and deletes (null means "*").</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string? ETag = null);

public sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);

/// <summary>A failed entity-group transaction: status and error code of the failing operation, and its index.</summary>
public sealed class TableTransactionFailedException(int status, string? errorCode, string message, int? failedActionIndex)
    : RequestFailedException(status, message, errorCode, null)
{
    public int? FailedTransactionActionIndex { get; } = failedActionIndex;
}
