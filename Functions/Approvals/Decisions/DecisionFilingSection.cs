using System.Globalization;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>The filing as an approver reads it: business, plans, checklists and a masked roster.</summary>
internal static class DecisionFilingSection
{
    public static Html Compose(Texts t, DecisionFiling filing, DistrictPolicy policy)
    {
        var s = filing.Summary;
        var street = policy.FindStreet(s.StreetCode) is { } st ? t.Local(st.Name) : s.StreetCode;
        var sector = policy.FindSector(s.SectorCode) is { } se ? t.Local(se.Name) : s.SectorCode;
        var document = filing.Document is { } d ? Document(t, d) : Html.Of($"<p class=\"muted\">{t["decision.filing.documentMissing"]}</p>");
        return Html.Of($"""
            <section class="card filing" data-version="{filing.Version}">
            <h2>{t["decision.filing.heading"]}{Version(t, filing.Version)}</h2>
            {Amended(t, filing.Amendment)}
            <table>
            {Row(t["decision.filing.business"], Html.Text(s.BusinessName))}
            {Row(t["decision.filing.creditCode"], Html.Text(s.CreditCode))}
            {Row(t["decision.filing.address"], Html.Text(s.Address))}
            {Row(t["decision.filing.street"], Html.Text(street))}
            {Row(t["decision.filing.sector"], Html.Text(sector))}
            {Row(t["decision.filing.category"], Html.Text(t.Category(s.Category)))}
            {Row(t["decision.filing.scale"], Html.Text(t.Scale(s.Scale)))}
            {Row(t["decision.filing.responsible"], Html.Text($"{s.ResponsibleName} {Masking.Mobile(s.ResponsibleMobile)}"))}
            </table>
            {document}
            </section>
            {Roster(t, filing)}
            """);
    }

    private static Html Version(Texts t, int version) =>
        version > 1 ? Html.Of($" <span class=\"muted\">{t.T("decision.filing.version", version)}</span>") : Html.Empty;

    // What the approver needs first in a later round: why it came back, and what the business says it changed.
    private static Html Amended(Texts t, DecisionAmendment? amendment) => amendment is not { } a ? Html.Empty : Html.Of($"""
        <div class="notice amended" role="note">
        <p>{(string.IsNullOrWhiteSpace(a.Note) ? t["decision.amended.noNote"] : t.T("decision.amended.note", a.Note.Trim()))}</p>
        <p class="muted">{t.T("decision.amended.returned", a.ReturnedBy.Name, t.Local(a.ReturnedBy.Role), t.At(a.ReturnedAt), a.ReturnReason)}</p>
        </div>
        """);

    private static Html Document(Texts t, Filing d)
    {
        var five = new (string Key, bool Done)[]
        {
            ("ResponsibilityAssigned", d.FiveInPlace.ResponsibilityAssigned), ("PlanWritten", d.FiveInPlace.PlanWritten),
            ("StaffInformationCollected", d.FiveInPlace.StaffInformationCollected), ("SuppliesReady", d.FiveInPlace.SuppliesReady),
            ("WorkSafetyAssured", d.FiveInPlace.WorkSafetyAssured),
        };
        var r = d.Routine;
        var routine = new List<(string Label, bool Done)>
        {
            (t["decision.filing.routine.TemperatureCheck"], r.TemperatureCheck),
            (t["decision.filing.routine.HealthCodeCheck"], r.HealthCodeCheck),
            (t["decision.filing.routine.DailyCheck"], r.DailyCheck),
            (t["decision.filing.routine.DailyDisinfection"], r.DailyDisinfection),
            (t["decision.filing.routine.DineInSuspended"], r.DineInSuspended),
        };
        if (r.MaxCustomersAtOnce is { } most) routine.Add((t.T("decision.filing.routine.MaxCustomers", most), true));
        var supplies = t.T("decision.filing.suppliesValue", d.Supplies.Masks, d.Supplies.DisinfectantLitres.ToString("0.##", CultureInfo.InvariantCulture),
            d.Supplies.Thermometers) + (string.IsNullOrWhiteSpace(d.Supplies.Other) ? "" : t["approval.clauseSeparator"] + d.Supplies.Other.Trim());
        var qualification = string.IsNullOrWhiteSpace(d.ProductionQualification)
            ? Html.Empty
            : Html.Of($"<h3>{t["decision.filing.qualification"]}</h3><pre>{d.ProductionQualification}</pre>");
        var building = d.Building is { } b
            ? Html.Of($"<p><strong>{t["decision.filing.building"]}</strong>{t["approval.colon"]}{b.Name} / {b.PropertyManager}</p>")
            : Html.Empty;
        return Html.Of($"""
            {building}
            <h3>{t["decision.filing.preventionPlan"]}</h3>
            <pre>{d.PreventionPlan}</pre>
            <h3>{t["decision.filing.emergencyPlan"]}</h3>
            <pre>{d.EmergencyPlan}</pre>
            {qualification}
            <h3>{t["decision.filing.fiveInPlace"]}</h3>
            <ul class="checklist">{five.Select(f => Check(t, t["decision.filing.five." + f.Key], f.Done))}</ul>
            <h3>{t["decision.filing.supplies"]}</h3>
            <p>{supplies}</p>
            <h3>{t["decision.filing.routine"]}</h3>
            <ul class="checklist">{routine.Select(x => Check(t, x.Label, x.Done))}</ul>
            """);
    }

    private static Html Roster(Texts t, DecisionFiling filing)
    {
        var s = filing.Summary;
        var rows = filing.RosterHead.Take(DecisionFiling.RosterRowsShown).Select(p => Html.Of($"""
            <tr><td>{Masking.Name(p.Name)}</td><td>{Masking.IdNumber(p.IdNumber)}</td><td>{Masking.Mobile(p.Mobile)}</td><td>{Province(t, p.HomeProvince)}</td><td>{Health(t, p.HealthStatus)}</td><td>{p.ReturnDate}</td></tr>
            """)).ToList();
        var hidden = s.StaffCount - rows.Count;
        var table = rows.Count == 0 ? Html.Empty : Html.Of($"""
            <table class="roster">
            <thead><tr><th>{t["decision.roster.name"]}</th><th>{t["decision.roster.id"]}</th><th>{t["decision.roster.mobile"]}</th><th>{t["decision.roster.province"]}</th><th>{t["decision.roster.health"]}</th><th>{t["decision.roster.returnDate"]}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
        var more = hidden > 0 ? Html.Of($"<p class=\"muted roster-more\">{t.T("decision.roster.more", hidden)}</p>") : Html.Empty;
        return Html.Of($"""
            <section class="card roster-summary">
            <h2>{t["decision.roster.heading"]}</h2>
            <p>{t.T("decision.roster.summary", t.Count("approval.people", s.StaffCount), s.OutOfProvinceStaff)}</p>
            {table}
            {more}
            </section>
            """);
    }

    private static string Province(Texts t, string filed) =>
        Provinces.Find(filed) is { } p ? (t.Language == UiLanguage.En ? p.EnglishName : p.ShortName) : filed;

    private static string Health(Texts t, string filed) =>
        HealthStatuses.TryParse(filed, out var status) ? t["decision.health." + status] : filed;

    private static Html Row(string label, Html value) => Html.Of($"<tr><th>{label}</th><td>{value}</td></tr>");

    private static Html Check(Texts t, string label, bool done) =>
        Html.Of($"<li>{t.Labelled(label, done ? t["decision.filing.yes"] : t["decision.filing.no"])}</li>");
}
