using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Supervision.Patrols;

/// <summary>On an approver's decision page: the business was found trading before approval and ordered to close.</summary>
internal static class ClosureOrderSection
{
    public static Html Compose(Texts t, IReadOnlyList<ClosureOrder> orders) => orders.Count == 0 ? Html.Empty : Html.Of($"""
        <section class="card notice closure-orders" role="note" data-closure-orders="{orders.Count}">
        <h2>{t["patrol.orders.heading"]}</h2>
        <ul>{orders.Select(o => Html.Of($"<li data-order=\"{o.Number}\">{t.T("patrol.orders.item", t.At(o.OrderedAt), o.BusinessName, o.Address, o.Number)}</li>"))}</ul>
        </section>
        """);
}
