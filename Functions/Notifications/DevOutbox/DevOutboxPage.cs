using System.Globalization;
using Reopen.Orchestrations.Policy;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>The dev outbox as a page a person can keep open while clicking through a filing.</summary>
internal static class DevOutboxPage
{
    private const int RefreshSeconds = 3;

    // The district's clock: China Standard Time has no daylight saving, so a fixed offset is exact.

    public static HtmlPage Compose(Texts t, DevOutboxEndpoints.OutboxListing listing, string? to, string? channel)
    {
        var list = listing.Messages.Count == 0
            ? Html.Of($"<p class=\"muted\">{t["devOutbox.empty"]}</p>")
            : Html.Join(listing.Messages.Select(m => Message(t, m)));
        var body = Html.Of($"""
            <h1>{t["devOutbox.title"]}</h1>
            <p class="muted">{t["devOutbox.intro"]}</p>
            {Filter(t, to, channel)}
            <p class="count" data-total="{listing.Total}">{t.T("devOutbox.summary", t.Count("devOutbox.messages", listing.Total), listing.Messages.Count)}</p>
            {list}
            {Paging(t, listing)}
            <p class="muted">{t["devOutbox.clearHint"]}</p>
            """);
        return new HtmlPage(t["devOutbox.title"], body) { RefreshSeconds = RefreshSeconds };
    }

    private static Html Paging(Texts t, DevOutboxEndpoints.OutboxListing listing)
    {
        var next = listing.NextUrl is { } url ? Html.Of($"<a rel=\"next\" href=\"{url}\">{t["devOutbox.next"]}</a>") : Html.Empty;
        var first = listing.IsFirstPage ? Html.Empty : Html.Of($"<a href=\"{listing.FirstUrl}\">{t["devOutbox.first"]}</a>");
        return listing.NextUrl is null && listing.IsFirstPage ? Html.Empty : Html.Of($"<p class=\"paging no-print\">{first} {next}</p>");
    }

    private static Html Filter(Texts t, string? to, string? channel)
    {
        Html Option(string value, string label) => value == (channel ?? "")
            ? Html.Of($"<option value=\"{value}\" selected>{label}</option>")
            : Html.Of($"<option value=\"{value}\">{label}</option>");
        return Html.Of($"""
            <form method="get" class="card no-print">
            <label for="to">{t["devOutbox.filter.to"]}</label>
            <input id="to" name="to" value="{to}">
            <label for="channel">{t["devOutbox.filter.channel"]}</label>
            <select id="channel" name="channel">{Option("", t["devOutbox.filter.all"])}{Option(DevOutboxChannel.Sms, t["devOutbox.channel.sms"])}{Option(DevOutboxChannel.Email, t["devOutbox.channel.email"])}</select>
            <p><button type="submit">{t["devOutbox.filter.apply"]}</button></p>
            </form>
            """);
    }

    private static Html Message(Texts t, DevOutboxMessage m)
    {
        var sentAt = BeijingTime.FormatPrecise(m.SentAt);
        var subject = m.Subject is { Length: > 0 } s ? Html.Of($"<h2>{s}</h2>") : Html.Empty;
        var links = m.Links.Count == 0
            ? Html.Empty
            : Html.Of($"<p>{t["devOutbox.links"]}</p><ul class=\"links\">{m.Links.Select(l => Html.Of($"<li>{Html.Link(l.Url, l.Label)}</li>"))}</ul>");
        return Html.Of($"""
            <article class="card message" data-channel="{m.Channel}" data-idempotency-key="{m.IdempotencyKey}">
            <span class="tag">{t["devOutbox.channel." + m.Channel]}</span>
            {subject}
            <p class="muted">{t.T("devOutbox.to", m.To)} · {t.T("devOutbox.sentAt", sentAt)}</p>
            <pre>{m.Body}</pre>
            {links}
            </article>
            """);
    }
}
