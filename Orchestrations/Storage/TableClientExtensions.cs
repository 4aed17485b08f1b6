using Azure;
using Azure.Data.Tables;

namespace Reopen.Orchestrations.Storage;

public static class TableClientExtensions
{
    /// <summary>Point read as a <see cref="TableEntity"/>; null when the entity (or its table) does not exist.</summary>
    public static async Task<TableEntity?> GetEntityOrNullAsync(this TableClient table, string partitionKey, string rowKey,
        IEnumerable<string>? select = null, CancellationToken ct = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, ct).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The ETag the entity was read with, or "*" (unconditional) when it carries none.</summary>
    public static ETag ETagOrAll(this TableEntity entity) => entity.ETag == default ? ETag.All : entity.ETag;
}
