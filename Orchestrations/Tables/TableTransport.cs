using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tables;

/// <summary>The shared pipeline and endpoint: builds Table requests with the protocol headers and sends them.</summary>
internal sealed class TableTransport(HttpPipeline pipeline, Uri endpoint)
{
    internal const string ApiVersion = "2019-02-02";
    internal const string AcceptJson = "application/json;odata=minimalmetadata";
    internal const string ContentTypeJson = "application/json;odata=nometadata";

    public Uri Endpoint { get; } = endpoint;

    /// <summary>A request to {endpoint}/{escapedPath}; the path must already be percent-encoded.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string escapedPath)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath(escapedPath, escape: false);
        request.Headers.SetValue("x-ms-version", ApiVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue(HttpHeader.Names.Accept, AcceptJson);
        return message;
    }

    public static void SetJsonBody(HttpMessage message, byte[] json)
    {
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, ContentTypeJson);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        message.Request.Content = RequestContent.Create(json);
    }

    public async Task<Response> SendAsync(HttpMessage message, CancellationToken ct)
    {
        await pipeline.SendAsync(message, ct).ConfigureAwait(false);
        return message.Response;
    }

    public static string? ETagOf(Response response) =>
        response.Headers.TryGetValue("ETag", out var etag) ? etag : null;

    /// <summary>Reads a JSON body; a body that is not the expected OData JSON surfaces as RequestFailedException too.</summary>
    public static T ReadJson<T>(Response response, Func<JsonElement, T> read)
    {
        try
        {
            using var doc = JsonDocument.Parse(response.Content.ToMemory());
            return read(doc.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw InvalidResponse(response, e);
        }
    }

    public static RequestFailedException InvalidResponse(Response response, Exception inner) =>
        new(response.Status, $"Table storage answered {response.Status} with a body this client cannot read: {inner.Message}", "InvalidResponse", inner);

    public static string? ErrorCodeOf(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out var code) && !string.IsNullOrEmpty(code)) return code;
        return TableErrorParser.ParseBody(response.Content).Code;
    }
}
