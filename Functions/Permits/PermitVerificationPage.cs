using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Permits;

/// <summary>What anyone who scans a placard sees: the permit's live status and the public facts of the business.</summary>
internal static class PermitVerificationPage
{
    private const string Css = """
        .permit-status{border-left:.4rem solid #1a7f37}
        .permit-status.status-suspended{border-left-color:#bf8700}
        .permit-status.status-revoked{border-left-color:#b3261e}
        .permit-status-label{font-size:1.4rem;margin:0}
        """;

    public static HtmlPage Compose(Texts t, PermitRecord permit, DistrictPolicy policy, DateTimeOffset now)
    {
        var street = policy.FindStreet(permit.StreetCode) is { } s ? t.Local(s.Name) : permit.StreetCode;
        var status = permit.Status.ToString();
        var body = Html.Of($"""
            <style>{Html.Trusted(Css)}</style>
            <h1>{t["permit.verify.title"]}</h1>
            <section class="card permit-status status-{status.ToLowerInvariant()}" data-status="{status.ToLowerInvariant()}">
            <p class="permit-status-label"><strong>{t.Labelled(t["permit.status"], t["permit.status." + status])}</strong></p>
            <p>{t[$"permit.status.{status}.note"]}</p>
            </section>
            <table class="card">
            <tr><th>{t["permit.number"]}</th><td>{permit.PermitNumber}</td></tr>
            <tr><th>{t["permit.business"]}</th><td>{permit.BusinessName}</td></tr>
            <tr><th>{t["permit.creditCode"]}</th><td>{permit.CreditCode}</td></tr>
            <tr><th>{t["permit.address"]}</th><td>{permit.Address}</td></tr>
            <tr><th>{t["permit.street"]}</th><td>{street}</td></tr>
            <tr><th>{t["permit.category"]}</th><td>{t.Category(permit.Category)}</td></tr>
            <tr><th>{t["permit.issuedAt"]}</th><td>{t.Date(permit.IssuedAt)}</td></tr>
            </table>
            <p class="muted">{t.T("permit.verify.intro", t.Local(policy.Name))} {t.T("permit.checkedAt", t.AtPrecise(now))}</p>
            <p class="no-print">{Html.Link(PermitLinks.PlacardPath(permit.PermitNumber), t["permit.placard.link"])}</p>
            """);
        return new HtmlPage(t["permit.verify.title"], body);
    }
}
