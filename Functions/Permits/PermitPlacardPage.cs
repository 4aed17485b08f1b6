using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Permits;

/// <summary>准许复工公示牌: one A4 sheet to post at the entrance, with a QR code to the live verification page.</summary>
internal static class PermitPlacardPage
{
    // Placard-only layout; the page CSP allows inline styles and nothing else.
    private const string Css = """
        .placard{text-align:center;background:#fff;border:6px double #b3261e;padding:2rem 1.5rem}
        .placard h1{font-size:2rem;color:#b3261e;letter-spacing:.1em;margin:0 0 .5rem}
        .placard .issuer{font-size:1.1rem;margin:0 0 1.5rem}
        .placard .business{font-size:1.8rem;font-weight:700;margin:1rem 0}
        .placard table{width:auto;margin:1rem auto;background:transparent}
        .placard th,.placard td{border:0;padding:.3rem .75rem;font-size:1.1rem}
        .placard .qr{margin:1.5rem auto .25rem}
        .placard .qr svg{max-width:12rem}
        .placard .not-valid{color:#b3261e;font-weight:700;font-size:1.2rem}
        @media print{.placard{border:6px double #000;min-height:255mm}.placard h1{color:#000}.placard th,.placard td{font-size:14pt}}
        """;

    public static HtmlPage Compose(Texts t, PermitRecord permit, DistrictPolicy policy, string verifyUrl)
    {
        var warning = permit.Status == PermitStatus.Valid
            ? Html.Empty
            : Html.Of($"<p class=\"not-valid\" role=\"alert\">{t.T("permit.placard.notValid", t["permit.status." + permit.Status])}</p>");
        var body = Html.Of($"""
            <style>{Html.Trusted(Css)}</style>
            <article class="placard" data-permit-number="{permit.PermitNumber}">
            <h1>{t["permit.placard.title"]}</h1>
            <p class="issuer">{t.Local(policy.LeadingGroup.Name)}</p>
            {warning}
            <p class="business">{permit.BusinessName}</p>
            <table>
            <tr><th>{t["permit.address"]}</th><td>{permit.Address}</td></tr>
            <tr><th>{t["permit.creditCode"]}</th><td>{permit.CreditCode}</td></tr>
            <tr><th>{t["permit.number"]}</th><td class="permit-number">{permit.PermitNumber}</td></tr>
            <tr><th>{t["permit.issuedAt"]}</th><td>{t.Date(permit.IssuedAt)}</td></tr>
            </table>
            <p>{t["permit.placard.statement"]}</p>
            <div class="qr">{QrCode.ToHtml(verifyUrl)}</div>
            <p><strong>{t["permit.placard.scan"]}</strong></p>
            </article>
            <p class="muted no-print">{t["permit.placard.printHint"]}</p>
            """);
        return new HtmlPage(t["permit.placard.title"], body) { BodyClass = "print-a4" };
    }
}
