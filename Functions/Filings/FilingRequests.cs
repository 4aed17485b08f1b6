using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Filings;

/// <summary>A request body read as a filing, or the problem to answer instead.</summary>
internal abstract record FilingBody
{
    /// <param name="Hash">SHA-256 of the filing in canonical JSON: the same filing sent twice has the same hash.</param>
    public sealed record Read(Filing Filing, string Hash) : FilingBody;

    public sealed record Unreadable(IResult Problem) : FilingBody;
}

/// <summary>Reads JSON bodies leniently (any case, comments, trailing commas, numbers in strings) within a size limit.</summary>
internal static class FilingRequests
{
    private static readonly JsonSerializerOptions Lenient = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static async Task<FilingBody> ReadFilingAsync(HttpContext context, long maxBytes, Texts t)
    {
        var (filing, problem) = await ReadJsonAsync<Filing>(context, maxBytes, t, required: true);
        if (problem is not null) return new FilingBody.Unreadable(problem);
        // "null" as a body is still a filing with nothing in it: the validator names every missing field.
        filing ??= new Filing();
        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(filing, ProcessJson.Options)));
        return new FilingBody.Read(filing, hash);
    }

    /// <summary>An optional JSON body (e.g. a withdrawal's reason): no body at all is fine and gives null.</summary>
    public static Task<(T? Value, IResult? Problem)> ReadOptionalJsonAsync<T>(HttpContext context, long maxBytes, Texts t) where T : class =>
        ReadJsonAsync<T>(context, maxBytes, t, required: false);

    private static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpContext context, long maxBytes, Texts t, bool required)
        where T : class
    {
        var request = context.Request;
        if (!required && request.ContentLength is null or 0 && !request.Headers.ContainsKey("Transfer-Encoding")) return (null, null);
        if (!request.HasJsonContentType()) return (null, FilingProblems.UnsupportedMediaType(t));
        if (request.ContentLength > maxBytes) return (null, FilingProblems.TooLarge(t, maxBytes));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, Lenient, context.RequestAborted), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, FilingProblems.TooLarge(t, maxBytes));
        }
        catch (JsonException e)
        {
            return (null, FilingProblems.Malformed(t, FieldPath(e.Path), e.LineNumber));
        }
    }

    // "$.roster[3].idNumber" → "roster[3].idNumber", the same paths the validator names.
    private static string FieldPath(string? jsonPath) =>
        jsonPath is null or "$" ? "" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
