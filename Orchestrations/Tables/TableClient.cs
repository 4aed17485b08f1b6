using System.Text.Json;
using Azure;
using Azure.Core;

namespace Reopen.Orchestrations.Tables;

/// <summary>One table, with the operations of Azure.Data.Tables' TableClient that the app uses.</summary>
public sealed partial class TableClient
{
    private static readonly RequestMethod Merge = new("PATCH");

    private readonly TableTransport _transport;

    public string Name { get; }

    internal TableClient(string name, TableTransport transport)
    {
        Name = name;
        _transport = transport;
    }

    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        using var message = _transport.CreateMessage(RequestMethod.Post, "/Tables");
        TableTransport.SetJsonBody(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status is 201 or 204) return;
        if (response.Status == 409 && TableTransport.ErrorCodeOf(response) == "TableAlreadyExists") return;
        throw TableErrorParser.Failure(response);
    }

    /// <summary>Point read; null when the entity does not exist.</summary>
    public async Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken ct = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        using var message = _transport.CreateMessage(RequestMethod.Get, EntityPath(partitionKey, rowKey));
        AppendSelect(message, select);
        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status == 200)
            return TableTransport.ReadJson(response, json => TableJson.ReadEntity(json, TableTransport.ETagOf(response)));
        if (IsEntityMissing(response)) return null;
        throw TableErrorParser.Failure(response);
    }

    /// <summary>Insert; 409 EntityAlreadyExists if present. Returns the new ETag.</summary>
    public async Task<string> AddEntityAsync(TableEntity entity, CancellationToken ct = default)
    {
        TableKeys.ValidateEntity(entity);
        using var message = _transport.CreateMessage(RequestMethod.Post, "/" + Name);
        TableTransport.SetJsonBody(message, TableJson.SerializeEntity(entity));
        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status is 201 or 204) return RequireETag(response);
        throw TableErrorParser.Failure(response);
    }

    /// <summary>Insert or replace/merge, unconditionally. Returns the new ETag.</summary>
    public Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken ct = default) =>
        WriteEntityAsync(entity, ifMatch: null, mode, ct);

    /// <summary>Update guarded by If-Match (an ETag, or "*"); 412 when it changed. Returns the new ETag.</summary>
    public Task<string> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteEntityAsync(entity, ifMatch, mode, ct);
    }

    /// <summary>Delete guarded by If-Match ("*" = unconditional). False when the entity was already gone.</summary>
    public async Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken ct = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using var message = _transport.CreateMessage(RequestMethod.Delete, EntityPath(partitionKey, rowKey));
        message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, ifMatch);
        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status == 204) return true;
        if (IsEntityMissing(response)) return false;
        throw TableErrorParser.Failure(response);
    }

    private async Task<string> WriteEntityAsync(TableEntity entity, string? ifMatch, TableUpdateMode mode, CancellationToken ct)
    {
        TableKeys.ValidateEntity(entity);
        var method = mode == TableUpdateMode.Replace ? RequestMethod.Put : Merge;
        using var message = _transport.CreateMessage(method, EntityPath(entity.PartitionKey, entity.RowKey));
        TableTransport.SetJsonBody(message, TableJson.SerializeEntity(entity));
        if (ifMatch is not null) message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, ifMatch);
        var response = await _transport.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status == 204) return RequireETag(response);
        throw TableErrorParser.Failure(response);
    }

    private string EntityPath(string partitionKey, string rowKey) => "/" + Name + TableKeys.EntityPathSuffix(partitionKey, rowKey);

    private static void AppendSelect(HttpMessage message, IEnumerable<string>? select)
    {
        if (select is null) return;
        var joined = string.Join(',', select);
        if (joined.Length > 0) message.Request.Uri.AppendQuery("$select", joined, escapeValue: true);
    }

    // Azure says EntityNotFound, Azurite ResourceNotFound: any 404 but TableNotFound means the row is missing.
    private static bool IsEntityMissing(Response response) =>
        response.Status == 404 && TableTransport.ErrorCodeOf(response) != "TableNotFound";

    private static string RequireETag(Response response) =>
        TableTransport.ETagOf(response) ?? throw new RequestFailedException(response.Status, "Table storage answered without an ETag.");
}

public enum TableUpdateMode { Merge, Replace }

public sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);
