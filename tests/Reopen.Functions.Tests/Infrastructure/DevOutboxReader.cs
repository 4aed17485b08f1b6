using System.Net.Http.Json;
using System.Text.Json;

namespace Reopen.Functions.Tests.Infrastructure;

public sealed record OutboxLink(string Label, string Url);

public sealed record OutboxMessage(string Channel, string To, string? Subject, string Body, IReadOnlyList<OutboxLink> Links, DateTimeOffset SentAt,
    string IdempotencyKey)
{
    /// <summary>The link whose path starts with <paramref name="path"/>, e.g. "/api/inspections/" (an email may carry others).</summary>
    public string LinkTo(string path) => Links.Single(l => new Uri(l.Url).AbsolutePath.StartsWith(path, StringComparison.Ordinal)).Url;
}

/// <summary>Reads GET /dev/outbox (JSON, newest first), the only place the tests take links from.</summary>
public sealed class DevOutboxReader(HttpClient client)
{
    // Generous for a loaded machine (browser tests run beside the app); a passing test never waits this long.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string? to = null, string? channel = null)
    {
        var query = new List<string>();
        if (to is not null) query.Add("to=" + Uri.EscapeDataString(to));
        if (channel is not null) query.Add("channel=" + Uri.EscapeDataString(channel));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/outbox" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<OutboxMessage>>(JsonSerializerOptions.Web))!;
    }

    /// <summary>The newest message to <paramref name="to"/> (anyone, if null) that matches, waiting a little (delivery follows the commit).</summary>
    public async Task<OutboxMessage> WaitForAsync(string? to, Func<OutboxMessage, bool>? matches = null, string? channel = null)
    {
        var giveUpAt = DateTime.UtcNow + Patience;
        while (true)
        {
            var messages = await ListAsync(to, channel);
            var found = messages.FirstOrDefault(m => matches?.Invoke(m) ?? true);
            if (found is not null) return found;
            if (DateTime.UtcNow > giveUpAt)
                throw new Xunit.Sdk.XunitException(
                    $"No matching {channel ?? "message"} to {to} arrived in the dev outbox within {Patience.TotalSeconds} s. It holds for them:\n"
                    + string.Join("\n", messages.Select(m => $"- {m.Subject} | {m.Body}")));
            await Task.Delay(100);
        }
    }

    public async Task<string> DecisionLinkAsync(string approverEmail, Func<OutboxMessage, bool>? matches = null)
    {
        var email = await WaitForAsync(approverEmail, m => m.Links.Any(IsDecisionLink) && (matches?.Invoke(m) ?? true), "email");
        return email.Links.Single(IsDecisionLink).Url;
    }

    private static bool IsDecisionLink(OutboxLink link) => link.Url.Contains("/api/decisions/", StringComparison.Ordinal);
}
