using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Digests;

/// <summary>One decision waiting for an official: the filing, its step, its deadline, and the official's own link.</summary>
public sealed record WaitingDecision(string BusinessName, StepKind Step, DateTimeOffset? DeadlineAt, bool Overdue, string Url);

/// <summary>An official's digest of what waits for them: Chinese first, English after; filers' text only as inert text.</summary>
public static class OfficialDigest
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public static EmailMessage Compose(Official official, DateOnly day, IReadOnlyList<WaitingDecision> waiting)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var items = waiting.Select(w => w with { BusinessName = MailText.Inert(w.BusinessName) }).ToArray();
        var text = string.Join('\n',
        [
            Zh.T("digest.greeting", official.Name, Zh.Local(official.Role)),
            "",
            Zh["digest.intro"],
            "",
            .. items.SelectMany(w => new[] { $"· {w.BusinessName}｜{Zh.Step(w.Step)}｜{Zh["digest.deadline"]} {Deadline(Zh, w)}", "  " + w.Url }),
            "",
            "----",
            Subject(En, date, items.Length),
            En["digest.intro"],
            .. items.Select(w => $"- {w.BusinessName} | {En.Step(w.Step)} | {En["digest.deadline"]} {Deadline(En, w)}: {w.Url}"),
            "",
            Zh["digest.footer"] + " / " + En["digest.footer"],
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("digest.greeting", official.Name, Zh.Local(official.Role))}</p>
            <p>{Zh["digest.intro"]}</p>
            <table>
            <tr><th align="left">{Zh["digest.business"]}</th><th align="left">{Zh["digest.step"]}</th><th align="left">{Zh["digest.deadline"]}</th><th></th></tr>
            {items.Select(w => Html.Of($"<tr><td>{w.BusinessName}</td><td>{Zh.Step(w.Step)}</td><td>{Deadline(Zh, w)}</td><td>{Html.Link(w.Url, Zh["digest.linkLabel"])}</td></tr>"))}
            </table>
            <hr>
            <p lang="en"><strong>{Subject(En, date, items.Length)}</strong><br>{En["digest.intro"]}</p>
            <ul lang="en">{items.Select(w => Html.Of($"<li>{w.BusinessName}, {En.Step(w.Step)}, {En["digest.deadline"]} {Deadline(En, w)}: {Html.Link(w.Url, En["digest.linkLabel"])}</li>"))}</ul>
            <p><small>{Zh["digest.footer"]} / {En["digest.footer"]}</small></p>
            """);
        return new EmailMessage(official.Email, official.Name, Subject(Zh, date, items.Length), html.ToString(), text,
            [.. items.Select(w => new MessageLink(Zh["digest.linkLabel"], w.Url))]);
    }

    public static string Subject(Texts t, DateTime day, int count) =>
        t.T(count == 1 ? "digest.subject.one" : "digest.subject.other", day.ToString(t["digest.dateFormat"], t.Culture), count);

    private static string Deadline(Texts t, WaitingDecision w) =>
        (w.DeadlineAt is { } at ? t.At(at) : "—") + (w.Overdue ? $" ({t["digest.overdue"]})" : "");
}
