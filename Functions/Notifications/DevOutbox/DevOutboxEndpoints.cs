using System.Text.Json;
using Reopen.Functions.Web;

namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>GET /dev/outbox (JSON for Accept: application/json, else the page) and DELETE /dev/outbox; Development only.</summary>
public static class DevOutboxEndpoints
{
    public const string Path = "/dev/outbox";

    public static WebApplication MapDevOutbox(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return app;
        var group = app.MapGroup(Path).ExcludeFromDescription();
        group.MapGet("", GetOutbox);
        group.MapDelete("", ClearOutbox);
        return app;
    }

    public sealed record OutboxEntry(string Channel, string To, string? Subject, string Body, IReadOnlyList<MessageLink> Links, DateTimeOffset SentAt, string IdempotencyKey);

    private static async Task<IResult> GetOutbox(HttpContext context, DevOutboxStore store, string? to, string? channel, CancellationToken ct)
    {
        var messages = await store.ListAsync(to, channel, ct: ct);
        if (context.Request.WantsJson())
        {
            var entries = messages.Select(m => new OutboxEntry(m.Channel, m.To, m.Subject, m.Body, m.Links, m.SentAt, m.IdempotencyKey));
            return Results.Json(entries, JsonSerializerOptions.Web);
        }
        return PageResults.Html(t => DevOutboxPage.Compose(t, messages, to, channel));
    }

    private static async Task<IResult> ClearOutbox(DevOutboxStore store, CancellationToken ct)
    {
        await store.ClearAsync(ct);
        return Results.NoContent();
    }

}
