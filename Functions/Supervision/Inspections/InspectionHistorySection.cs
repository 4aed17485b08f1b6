using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>The reopened business's recorded inspections on its status page; nothing before the first one.</summary>
internal static class InspectionHistorySection
{
    public static Html Compose(Texts t, IReadOnlyList<InspectionView> inspections) => inspections.Count == 0 ? Html.Empty : Html.Of($"""
        <section class="card inspections">
        <h2>{t["rectification.card.inspections"]}</h2>
        <table>
        <tr><th>{t["filing.page.at"]}</th><th>{t["rectification.card.kind"]}</th><th>{t["rectification.card.outcome"]}</th><th>{t["rectification.document.items"]}</th></tr>
        {inspections.Select(i => Html.Of($"<tr data-outcome=\"{i.Outcome}\"><td>{t.At(i.InspectedAt)}</td><td>{i.KindText}</td><td>{i.OutcomeText}</td><td>{t.List(i.FailedItems.Select(f => t.Labelled(f.Text, f.Note)))}</td></tr>"))}
        </table>
        </section>
        """);
}
