using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Supervision;

/// <summary>
/// Supervision's numbered documents as printed, one A4 sheet each in the reader's language: a notice's four (问题单, 提示单,
/// 督办单, 反馈单) and a patrol's closure order (责令停业通知书).
/// </summary>
internal static class SupervisionDocuments
{
    public const string Css = """
        .document{border:1px solid #8c959f;padding:1rem 1.2rem;margin:1rem 0;background:#fff}
        .document h3{text-align:center;font-size:1.3rem;margin:.2rem 0 .6rem}
        .document .number{text-align:right;margin:0}
        .document .issuer{text-align:right}
        @media print{.document{border:0;page-break-before:always;min-height:250mm;font-size:13pt}}
        """;

    public static Html Render(Texts t, DocumentView d) => Html.Of($"""
        <article class="document" data-document="{d.Kind}" data-number="{d.Number}">
        <h3>{d.Title}</h3>
        <p class="number">{t.Labelled(t["rectification.document.number"], d.Number)}</p>
        <table>
        <tr><th>{t["rectification.document.business"]}</th><td>{d.BusinessName}</td></tr>
        <tr><th>{t["rectification.document.address"]}</th><td>{d.Address}</td></tr>
        <tr><th>{t["rectification.document.permit"]}</th><td>{d.PermitNumber}</td></tr>
        <tr><th>{t["rectification.document.issuedAt"]}</th><td>{t.At(d.At)}</td></tr>
        {(d.Deadline is { } by ? Html.Of($"<tr><th>{t["rectification.document.deadline"]}</th><td>{t.At(by)}</td></tr>") : Html.Empty)}
        </table>
        <p>{d.Body}</p>
        {(d.Items.Count == 0 ? Html.Empty : Html.Of($"""
            <p><strong>{t["rectification.document.items"]}</strong></p>
            <ol>{d.Items.Select(i => Html.Of($"<li>{t.Labelled(i.Text, i.Note)}</li>"))}</ol>
            """))}
        <p class="issuer">{d.Issuer}<br>{t.Date(d.At)}</p>
        </article>
        """);
}

public sealed record ItemView(string Code, string Text, string Note);

/// <summary>One document, whole, as printed.</summary>
/// <param name="Kind">Problem, Reminder, SupervisionOrder, Feedback or ClosureOrder.</param>
public sealed record DocumentView(string Kind, string Title, string Number, DateTimeOffset At, DateTimeOffset? Deadline, string Body,
    IReadOnlyList<ItemView> Items, string BusinessName, string Address, string PermitNumber, string Issuer);
