using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Reopen.Functions.Tests.Notifications.Fakes;

/// <summary>A mail as SendGrid accepted it.</summary>
public sealed record AcceptedMail(string MessageId, string FromEmail, string To, string Subject, string Text, string Html, IReadOnlyDictionary<string, string> CustomArgs);

/// <summary>
/// SendGrid's v3 mail send as its wire contract says: POST /v3/mail/send with "Authorization: Bearer {key}" and a JSON
/// body (from, personalizations[].to, subject, content text/plain then text/html, custom_args under 10000 bytes).
/// Answers 202 with X-Message-Id; 401 for another key; 400 with {"errors":[{message, field}]} for a bad body.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    public const string ApiKey = "SG.fake-key.for-tests";

    private readonly ConcurrentQueue<AcceptedMail> _accepted = new();
    private readonly ConcurrentQueue<int> _answers = new();
    private FakeServer _server = null!;
    private int _sequence;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Mail accepted for delivery (202), in order.</summary>
    public IReadOnlyList<AcceptedMail> Accepted => [.. _accepted];

    /// <summary>The status of every answer given, in order.</summary>
    public IReadOnlyList<int> Answers => [.. _answers];

    /// <summary>Answers to give to the next well-formed, authorised requests instead of accepting them.</summary>
    public ScriptedFailures Failures { get; } = new();

    /// <summary>Addresses SendGrid refuses (400 on personalizations.0.to), as it does for an address on its block list.</summary>
    public ISet<string> RefusedRecipients { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public static async Task<FakeSendGrid> StartAsync()
    {
        var fake = new FakeSendGrid();
        fake._server = await FakeServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var status = await AnswerAsync(http);
        _answers.Enqueue(status);
    }

    private async Task<int> AnswerAsync(HttpContext http)
    {
        if (http.Request.Method != "POST" || http.Request.Path != "/v3/mail/send") return await ErrorAsync(http, 404, "not found", null);
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
            return await ErrorAsync(http, 401, "The provided authorization grant is invalid, expired, or revoked", null);
        if (!(http.Request.ContentType ?? "").StartsWith("application/json", StringComparison.Ordinal)) return await ErrorAsync(http, 415, "Content-Type must be application/json", null);

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        AcceptedMail mail;
        try
        {
            using var json = JsonDocument.Parse(body);
            var (parsed, problem, field) = Parse(json.RootElement);
            if (parsed is null) return await ErrorAsync(http, 400, problem!, field);
            mail = parsed;
        }
        catch (JsonException)
        {
            return await ErrorAsync(http, 400, "Bad Request", null);
        }

        if (RefusedRecipients.Contains(mail.To)) return await ErrorAsync(http, 400, "The to email does not contain a valid address.", "personalizations.0.to");
        if (Failures.TryTake(out var failure))
        {
            if (failure.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await ErrorAsync(http, failure.Status, failure.Status == 429 ? "too many requests" : "internal error", null);
        }

        var id = $"sg-{Interlocked.Increment(ref _sequence)}";
        _accepted.Enqueue(mail with { MessageId = id });
        http.Response.StatusCode = 202;
        http.Response.Headers["X-Message-Id"] = id;
        return 202;
    }

    private static (AcceptedMail? Mail, string? Problem, string? Field) Parse(JsonElement root)
    {
        if (!root.TryGetProperty("from", out var from) || Text(from, "email") is not { Length: > 0 } fromEmail)
            return (null, "The from object must be provided for every email send.", "from");
        if (!root.TryGetProperty("personalizations", out var personalizations) || personalizations.ValueKind != JsonValueKind.Array
            || personalizations.GetArrayLength() is 0 or > 1000)
            return (null, "The personalizations field is required and must have at least one personalization.", "personalizations");
        var first = personalizations[0];
        if (!first.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.Array || to.GetArrayLength() == 0 || Text(to[0], "email") is not { Length: > 0 } toEmail)
            return (null, "The to array is required for all personalization objects, and must have at least one email object with a valid email address.", "personalizations.0.to");
        if (Text(to[0], "name") is { } name && name.IndexOfAny([';', ',']) >= 0)
            return (null, "The to name can not contain ; or ,", "personalizations.0.to.0.name");
        var subject = Text(first, "subject") ?? Text(root, "subject");
        if (string.IsNullOrEmpty(subject)) return (null, "The subject is required.", "subject");
        if (!root.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
            return (null, "Unless a valid template_id is provided, the content parameter is required.", "content");
        var parts = content.EnumerateArray().Select(c => (Type: Text(c, "type"), Value: Text(c, "value"))).ToList();
        if (parts[0].Type != "text/plain" && parts.Any(p => p.Type == "text/plain"))
            return (null, "If present, text/plain content must be first, followed by text/html.", "content.0.type");
        var args = first.TryGetProperty("custom_args", out var customArgs) ? customArgs : root.TryGetProperty("custom_args", out var global) ? global : default;
        var customArgValues = new Dictionary<string, string>();
        if (args.ValueKind == JsonValueKind.Object)
        {
            foreach (var arg in args.EnumerateObject())
            {
                if (arg.Value.ValueKind != JsonValueKind.String) return (null, "Custom args values must be strings.", "custom_args");
                customArgValues[arg.Name] = arg.Value.GetString()!;
            }
            if (Encoding.UTF8.GetByteCount(args.GetRawText()) >= 10000) return (null, "Custom args must be less than 10000 bytes.", "custom_args");
        }
        return (new AcceptedMail("", fromEmail, toEmail, subject,
            parts.FirstOrDefault(p => p.Type == "text/plain").Value ?? "", parts.FirstOrDefault(p => p.Type == "text/html").Value ?? "", customArgValues), null, null);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<int> ErrorAsync(HttpContext http, int status, string message, string? field)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, field, help = (string?)null } } });
        return status;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
