using System.Globalization;
using Azure;
using Azure.Core;

namespace Reopen.Orchestrations.Tables;

public sealed partial class TableClient
{
    internal const int MaxTransactionActions = 100;

    /// <summary>Entity-group transaction ($batch): all or nothing, one partition, up to 100 actions.
    /// Returns each action's new ETag (null for deletes). Throws TableTransactionFailedException with the failing index.</summary>
    public async Task<IReadOnlyList<string?>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct = default)
    {
        ValidateTransaction(actions);
        if (actions.Count == 0) return [];

        var batchBoundary = "batch_" + Guid.NewGuid().ToString("D");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("D");
        using var message = _transport.CreateMessage(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, "multipart/mixed; boundary=" + batchBoundary);
        message.Request.Content = RequestContent.Create(TableBatchWriter.Write(batchBoundary, changesetBoundary, _transport.Endpoint, Name, actions));

        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status != 202)
        {
            var failure = TableErrorParser.Failure(response);
            throw new TableTransactionFailedException(response.Status, failure.ErrorCode, failure.Message, IndexFromMessage(failure.Message));
        }

        var contentType = response.Headers.ContentType ?? "";
        IReadOnlyList<TableBatchPart> parts;
        try
        {
            parts = TableBatchReader.Read(contentType, response.Content.ToMemory().Span);
        }
        catch (FormatException e)
        {
            throw TableTransport.InvalidResponse(response, e);
        }
        var failed = parts.FirstOrDefault(p => p.Status >= 400);
        if (failed is not null) throw Failure(failed);
        if (parts.Count != actions.Count)
            throw new RequestFailedException(response.Status, $"The $batch response holds {parts.Count} results for {actions.Count} actions.");

        var etags = new string?[actions.Count];
        for (var i = 0; i < parts.Count; i++)
            etags[i] = actions[i].ActionType == TableTransactionActionType.Delete ? null : parts[i].ETag;
        return etags;
    }

    private static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count > MaxTransactionActions)
            throw new ArgumentException($"A transaction holds at most {MaxTransactionActions} actions; got {actions.Count}.", nameof(actions));
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        string? partitionKey = null;
        foreach (var action in actions)
        {
            ArgumentNullException.ThrowIfNull(action, nameof(actions));
            TableKeys.ValidateEntity(action.Entity);
            partitionKey ??= action.Entity.PartitionKey;
            if (!string.Equals(partitionKey, action.Entity.PartitionKey, StringComparison.Ordinal))
                throw new ArgumentException("All actions of a transaction must share one PartitionKey.", nameof(actions));
            if (!rowKeys.Add(action.Entity.RowKey))
                throw new ArgumentException($"A transaction may touch each entity once; RowKey '{action.Entity.RowKey}' repeats.", nameof(actions));
        }
    }

    private static TableTransactionFailedException Failure(TableBatchPart part)
    {
        var (code, message) = TableErrorParser.ParseBody(BinaryData.FromString(part.Body));
        var index = IndexFromMessage(message);
        if (index is null && int.TryParse(part.ContentId, NumberStyles.None, CultureInfo.InvariantCulture, out var contentId))
            index = contentId - 1;
        var text = $"Transaction failed at action {index?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {part.Status} {code}. {message}";
        return new TableTransactionFailedException(part.Status, code, text, index);
    }

    // The service prefixes the failing action's 0-based index: "1:The specified entity already exists.".
    internal static int? IndexFromMessage(string? message)
    {
        if (string.IsNullOrEmpty(message)) return null;
        var colon = message.IndexOf(':');
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}

public enum TableTransactionActionType { Add, UpdateMerge, UpdateReplace, Delete, UpsertMerge, UpsertReplace }

/// <summary>One operation of a transaction; ETag applies to updates and deletes (null means "*").</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string? ETag = null);

/// <summary>A failed entity-group transaction: status and error code of the failing operation, and its index.</summary>
public sealed class TableTransactionFailedException(int status, string? errorCode, string message, int? failedActionIndex)
    : RequestFailedException(status, message, errorCode, null)
{
    public int? FailedTransactionActionIndex { get; } = failedActionIndex;
}
