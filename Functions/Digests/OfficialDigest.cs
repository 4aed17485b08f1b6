using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Digests;

/// <summary>
/// One thing waiting for an official: a decision, an inspection, a complaint to verify, a notice past its deadline. What it
/// is reads <paramref name="WhatKey"/> in each language; <paramref name="Url"/> is the official's own link, if it has one.
/// </summary>
public sealed record DigestItem(string BusinessName, string WhatKey, DateTimeOffset? DeadlineAt, bool Overdue, string? Url);

/// <summary>An official's digest of what waits for them: Chinese first, English after; filers' text only as inert text.</summary>
public static class OfficialDigest
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public static EmailMessage Compose(Official official, DateOnly day, IReadOnlyList<DigestItem> waiting)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var items = waiting.Select(w => w with { BusinessName = MailText.Inert(w.BusinessName) }).ToArray();
        var text = string.Join('\n',
        [
            Zh.T("digest.greeting", official.Name, Zh.Local(official.Role)),
            "",
            Zh["digest.intro"],
            "",
            .. items.SelectMany(w => new[] { $"· {w.BusinessName}｜{Zh[w.WhatKey]}｜{Zh["digest.deadline"]} {Deadline(Zh, w)}", w.Url is null ? "" : "  " + w.Url }
                .Where(l => l.Length > 0)),
            "",
            "----",
            Subject(En, date, items.Length),
            En["digest.intro"],
            .. items.Select(w => $"- {w.BusinessName} | {En[w.WhatKey]} | {En["digest.deadline"]} {Deadline(En, w)}" + (w.Url is null ? "" : ": " + w.Url)),
            "",
            Zh["digest.footer"] + " / " + En["digest.footer"],
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("digest.greeting", official.Name, Zh.Local(official.Role))}</p>
            <p>{Zh["digest.intro"]}</p>
            <table>
            <tr><th align="left">{Zh["digest.business"]}</th><th align="left">{Zh["digest.step"]}</th><th align="left">{Zh["digest.deadline"]}</th><th></th></tr>
            {items.Select(w => Html.Of($"<tr><td>{w.BusinessName}</td><td>{Zh[w.WhatKey]}</td><td>{Deadline(Zh, w)}</td><td>{(w.Url is null ? Html.Empty : Html.Link(w.Url, Zh["digest.linkLabel"]))}</td></tr>"))}
            </table>
            <hr>
            <p lang="en"><strong>{Subject(En, date, items.Length)}</strong><br>{En["digest.intro"]}</p>
            <ul lang="en">{items.Select(w => Html.Of($"<li>{w.BusinessName}, {En[w.WhatKey]}, {En["digest.deadline"]} {Deadline(En, w)}{(w.Url is null ? Html.Empty : Html.Of($": {Html.Link(w.Url, En["digest.linkLabel"])}"))}</li>"))}</ul>
            <p><small>{Zh["digest.footer"]} / {En["digest.footer"]}</small></p>
            """);
        return new EmailMessage(official.Email, official.Name, Subject(Zh, date, items.Length), html.ToString(), text,
            [.. items.Where(w => w.Url is not null).Select(w => new MessageLink(Zh["digest.linkLabel"], w.Url!))]);
    }

    public static string Subject(Texts t, DateTime day, int count) =>
        t.T(count == 1 ? "digest.subject.one" : "digest.subject.other", day.ToString(t["digest.dateFormat"], t.Culture), count);

    private static string Deadline(Texts t, DigestItem w) =>
        (w.DeadlineAt is { } at ? t.At(at) : "—") + (w.Overdue ? $" ({t["digest.overdue"]})" : "");
}
