using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>
/// GET /dev/outbox (JSON for Accept: application/json, else the page) and DELETE /dev/outbox; Development only.
/// One page of messages, newest first: <c>limit</c> per page (default 200), <c>after</c> a message id to continue. JSON stays
/// an array; the true count is in <c>X-Total-Count</c> and the next page in <c>Link: &lt;…&gt;; rel="next"</c>.
/// </summary>
public static class DevOutboxEndpoints
{
    public const string Path = "/dev/outbox";
    public const string TotalCountHeader = "X-Total-Count";
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1000;

    /// <summary>Mapped everywhere, so the functions are the same in every environment; outside Development it answers 404.</summary>
    public static IEndpointRouteBuilder MapDevOutbox(this IEndpointRouteBuilder app)
    {
        var development = app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var group = app.MapGroup(Path).ExcludeFromDescription()
            .AddEndpointFilter((context, next) => development ? next(context) : ValueTask.FromResult<object?>(Results.NotFound()));
        group.MapGet("", GetOutbox).WithName("DevOutbox");
        group.MapDelete("", ClearOutbox).WithName("ClearDevOutbox");
        return app;
    }

    public sealed record OutboxEntry(string Channel, string To, string? Subject, string Body, IReadOnlyList<MessageLink> Links, DateTimeOffset SentAt, string IdempotencyKey);

    /// <summary>One page of the listing: its messages, how many match in all, and the link to the next page, if any.</summary>
    internal sealed record OutboxListing(IReadOnlyList<DevOutboxMessage> Messages, int Total, string? NextUrl, bool IsFirstPage, string FirstUrl);

    private static async Task<IResult> GetOutbox(HttpContext context, DevOutboxStore store, Texts t, string? to, string? channel, string? after,
        string? limit, CancellationToken ct)
    {
        var json = context.Request.WantsJson();
        if (!TryReadPageSize(limit, out var size)) return BadQuery(json, t, t.T("devOutbox.badLimit", MaxPageSize));
        if (after is not null && !DevOutboxStore.IsMessageId(after)) return BadQuery(json, t, t["devOutbox.badAfter"]);

        var page = await store.ListAsync(to, channel, size + 1, after, ct); // one more tells whether a next page exists
        var messages = page.Take(size).ToArray();
        var total = await store.CountAsync(to, channel, ct);
        var next = page.Count > size ? PageUrl(to, channel, limit, messages[^1].MessageId) : null;
        if (json)
        {
            context.Response.Headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);
            if (next is not null) context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
            var entries = messages.Select(m => new OutboxEntry(m.Channel, m.To, m.Subject, m.Body, m.Links, m.SentAt, m.IdempotencyKey));
            return Results.Json(entries, JsonSerializerOptions.Web);
        }
        var listing = new OutboxListing(messages, total, next, after is null, PageUrl(to, channel, limit, after: null));
        return PageResults.Html(texts => DevOutboxPage.Compose(texts, listing, to, channel));
    }

    private static async Task<IResult> ClearOutbox(DevOutboxStore store, CancellationToken ct)
    {
        await store.ClearAsync(ct);
        return Results.NoContent();
    }

    private static bool TryReadPageSize(string? limit, out int size)
    {
        size = DefaultPageSize;
        return limit is null
            || (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize);
    }

    private static IResult BadQuery(bool json, Texts t, string detail) => json
        ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad outbox query", detail: detail)
        : PageResults.Error(StatusCodes.Status400BadRequest, detail);

    // The filters and page size go along, so the next page lists the same messages further on.
    private static string PageUrl(string? to, string? channel, string? limit, string? after)
    {
        var query = new Dictionary<string, string?> { ["to"] = to, ["channel"] = channel, ["limit"] = limit, ["after"] = after }
            .Where(p => !string.IsNullOrEmpty(p.Value));
        return QueryHelpers.AddQueryString(Path, query);
    }
}
