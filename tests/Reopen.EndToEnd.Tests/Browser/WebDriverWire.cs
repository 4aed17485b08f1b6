using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>The W3C WebDriver HTTP wire: JSON in, the "value" member out, errors as <see cref="WebDriverException"/>.</summary>
internal sealed class WebDriverWire(HttpClient http)
{
    public Task<JsonNode?> GetAsync(string path) => SendAsync(HttpMethod.Get, path, body: null);

    public Task<JsonNode?> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<JsonNode?> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, body: null);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        // A string body has a Content-Length; chromedriver's HTTP server drops chunked requests.
        if (body is not null) request.Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(text)?["value"];
        }
        catch (JsonException)
        {
            throw new WebDriverException("unreadable response", $"{method} {path} answered {(int)response.StatusCode}: {text}");
        }
        if (response.IsSuccessStatusCode) return value;
        throw new WebDriverException(
            value?["error"]?.GetValue<string>() ?? "unknown error",
            $"{method} {path}: {value?["message"]?.GetValue<string>() ?? text}");
    }
}

/// <summary>A WebDriver error, e.g. "no such element" or "session not created".</summary>
public sealed class WebDriverException(string error, string message) : Exception($"WebDriver {error}: {message}")
{
    public string Error { get; } = error;
}
