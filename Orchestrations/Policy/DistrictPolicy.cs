using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Orchestrations.Policy;

/// <summary>
/// A district's organisation and rules as data: who approves what, whom a silent step escalates to, and how long
/// each step may take. Built only by <see cref="PolicyLoader"/>, which validates it.
/// </summary>
public sealed record DistrictPolicy(
    string Code,
    LocalizedText Name,
    string ProvinceCode,
    TimeSpan LinkLifetime,
    IReadOnlyList<Street> Streets,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Sector> Sectors,
    IReadOnlyList<Office> Offices,
    LeadingGroup LeadingGroup,
    EscalationChains Escalation,
    RouteTimings Standard,
    RouteTimings GreenChannel,
    SupervisionRules Supervision)
{
    public Street? FindStreet(string? code) => Streets.FirstOrDefault(s => s.Code == code);

    public Sector? FindSector(string? code) => Sectors.FirstOrDefault(s => s.Code == code);

    public Department? FindDepartment(string? code) => Departments.FirstOrDefault(d => d.Code == code);

    /// <summary>The competent department of a sector.</summary>
    public Department DepartmentFor(string sectorCode) =>
        FindDepartment(FindSector(sectorCode)?.DepartmentCode)
        ?? throw new ArgumentException($"Sector '{sectorCode}' is not in the policy.", nameof(sectorCode));

    /// <summary>When a task link sent now stops working: after the link lifetime, and never before the task is due.</summary>
    public DateTimeOffset TaskLinkExpiry(DateTimeOffset now, DateTimeOffset dueBy) => now + LinkLifetime > dueBy ? now + LinkLifetime : dueBy;

    public RouteTimings TimingsFor(BusinessCategory category) => category.UsesGreenChannel() ? GreenChannel : Standard;

    /// <summary>The escalation tiers of a level, lowest first; the last is the top (the leading group's head).</summary>
    public IReadOnlyList<EscalationTier> EscalationFor(ApprovalLevel level) => Escalation.For(level).Select(Tier).ToArray();

    /// <summary>Every official of the district, for resolving an approver id.</summary>
    public IEnumerable<Official> AllOfficials() =>
        Streets.SelectMany(s => s.Officials)
            .Concat(Departments.SelectMany(d => d.Officials))
            .Concat(Offices.SelectMany(o => o.Officials))
            .Concat(LeadingGroup.Members)
            .Append(LeadingGroup.Head);

    public Official? FindOfficial(string? id) => AllOfficials().FirstOrDefault(o => o.Id == id);

    private EscalationTier Tier(string code)
    {
        if (code == EscalationChains.LeadingGroupCode) return new(code, LeadingGroup.Name, LeadingGroup.Members);
        if (code == EscalationChains.LeadingGroupHeadCode) return new(code, LeadingGroup.Head.Role, [LeadingGroup.Head]);
        var office = Offices.Single(o => o.Code == code);
        return new(code, office.Name, office.Officials);
    }
}
