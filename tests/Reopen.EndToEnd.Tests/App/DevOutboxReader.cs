using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reopen.EndToEnd.Tests.App;

/// <summary>Reads what the app "sent" from its dev outbox (GET /dev/outbox as JSON), waiting for messages that are dispatched after a commit.</summary>
public sealed class DevOutboxReader(HttpClient app)
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    public sealed record Message(string Channel, string To, string? Subject, string Body, IReadOnlyList<Link> Links, DateTimeOffset SentAt);

    public sealed record Link(string Label, string Url);

    public async Task<IReadOnlyList<Message>> ListAsync(string? to = null, string? channel = null)
    {
        var query = new List<string>();
        if (to is not null) query.Add("to=" + Uri.EscapeDataString(to));
        if (channel is not null) query.Add("channel=" + Uri.EscapeDataString(channel));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/outbox" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await app.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Message[]>(JsonSerializerOptions.Web) ?? [];
    }

    /// <summary>The newest message to <paramref name="to"/> on <paramref name="channel"/> that matches, once it has arrived.</summary>
    public async Task<Message> WaitForAsync(string to, string channel, Func<Message, bool> matches, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var messages = await ListAsync(to, channel);
            var found = messages.Where(matches).OrderByDescending(m => m.SentAt).FirstOrDefault();
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"No {channel} to {to} {what} within {WaitLimit.TotalSeconds:0} s. The outbox holds for them:\n"
                    + string.Join("\n", messages.Select(m => $"- {m.Subject} | {m.Body}")));
            await Task.Delay(200);
        }
    }

    /// <summary>The messages to <paramref name="to"/> on <paramref name="channel"/> that match, without waiting.</summary>
    public async Task<IReadOnlyList<Message>> FindAsync(string to, string channel, Func<Message, bool> matches) =>
        (await ListAsync(to, channel)).Where(matches).ToArray();
}
