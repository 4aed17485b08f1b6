using System.Text.Json;
using Azure;
using Azure.Core;

namespace Reopen.Orchestrations.Tables;

/// <summary>Reads the error code from x-ms-error-code or the OData body {"odata.error":{"code","message":{"value"}}}.</summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (code, message) = ParseBody(response.Content);
        if (response.Headers.TryGetValue("x-ms-error-code", out var headerCode) && !string.IsNullOrEmpty(headerCode))
            code = headerCode;
        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }

    public static RequestFailedException Failure(Response response) => new(response, null, Instance);

    /// <summary>Code and message from an OData error body; (null, null) when it is not one.</summary>
    internal static (string? Code, string? Message) ParseBody(BinaryData? content)
    {
        if (content is null || content.ToMemory().IsEmpty) return (null, null);
        try
        {
            using var doc = JsonDocument.Parse(content.ToMemory());
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, null);
            if (!doc.RootElement.TryGetProperty("odata.error", out var error) && !doc.RootElement.TryGetProperty("error", out error))
                return (null, null);
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            string? message = null;
            if (error.TryGetProperty("message", out var m))
                message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
