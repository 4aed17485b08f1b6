namespace Reopen.Orchestrations.Policy;

internal sealed partial class PolicyReader
{
    private IReadOnlyList<Street> ReadStreets(List<StreetDocument?>? streets)
    {
        if (streets is null || streets.Count == 0)
        {
            Error("streets", "at least one street is required");
            return [];
        }
        var result = new List<Street>();
        for (var i = 0; i < streets.Count; i++)
        {
            var path = $"streets[{i}]";
            var s = streets[i];
            var code = Code(s?.Code, path + ".code", StreetCodePattern(), "capital letters and digits, e.g. QH01");
            var name = Text(s?.Name, path + ".name");
            if (s?.Officials is null) Error(path + ".officials", "missing");
            var prefix = $"street:{code}:";
            var inspector = Person(s?.Officials?.Inspector, path + ".officials.inspector", prefix + "inspector",
                new(name.Zh + "现场核查员", "On-site inspector, " + name.En));
            var grid = s?.Officials?.GridTeam is { } team
                ? People(team, path + ".officials.gridTeam", prefix + "grid:", new(name.Zh + "网格员", "Grid inspector, " + name.En))
                : [inspector];
            result.Add(new Street(code, name,
                Person(s?.Officials?.PartySecretary, path + ".officials.partySecretary", prefix + "secretary",
                    new(name.Zh + "党工委书记", "Party Secretary, " + name.En)),
                Person(s?.Officials?.Director, path + ".officials.director", prefix + "director",
                    new(name.Zh + "主任", "Director, " + name.En)),
                inspector, grid));
        }
        CheckUnique(result, s => s.Code, "streets");
        return result;
    }

    private IReadOnlyList<Sector> ReadSectors(List<SectorDocument?>? sectors)
    {
        if (sectors is null || sectors.Count == 0)
        {
            Error("sectors", "at least one sector is required");
            return [];
        }
        var result = sectors.Select((s, i) => new Sector(
            Code(s?.Code, $"sectors[{i}].code", KeyPattern(), "lower-case letters, digits and dashes"),
            Text(s?.Name, $"sectors[{i}].name"),
            s?.Department ?? "")).ToList();
        CheckUnique(result, s => s.Code, "sectors");
        return result;
    }

    private IReadOnlyList<Department> ReadDepartments(List<DepartmentDocument?>? departments, IReadOnlyList<Sector> sectors)
    {
        if (departments is null || departments.Count == 0)
        {
            Error("departments", "at least one department is required");
            return [];
        }
        var result = new List<Department>();
        for (var i = 0; i < departments.Count; i++)
        {
            var d = departments[i];
            var code = Code(d?.Code, $"departments[{i}].code", KeyPattern(), "lower-case letters, digits and dashes");
            var covered = sectors.Where(s => s.DepartmentCode == code && code.Length > 0).Select(s => s.Code).ToArray();
            if (code.Length > 0 && covered.Length == 0) Error($"departments[{i}]", $"department '{code}' covers no sector");
            result.Add(new Department(code, Text(d?.Name, $"departments[{i}].name"), covered,
                People(d?.Officials, $"departments[{i}].officials", $"dept:{code}:")));
        }
        CheckUnique(result, d => d.Code, "departments");
        return result;
    }

    private void CheckSectorDepartments(IReadOnlyList<Sector> sectors, IReadOnlyList<Department> departments)
    {
        for (var i = 0; i < sectors.Count; i++)
        {
            var department = sectors[i].DepartmentCode;
            if (department.Length == 0) Error($"sectors[{i}].department", "missing");
            else if (departments.All(d => d.Code != department))
                Error($"sectors[{i}].department", $"unknown department '{department}'");
        }
    }

    private IReadOnlyList<Office> ReadOffices(List<OfficeDocument?>? offices)
    {
        var result = new List<Office>();
        for (var i = 0; i < (offices?.Count ?? 0); i++)
        {
            var o = offices![i];
            var code = Code(o?.Code, $"offices[{i}].code", KeyPattern(), "lower-case letters, digits and dashes");
            if (code is EscalationChains.LeadingGroupCode or EscalationChains.LeadingGroupHeadCode)
                Error($"offices[{i}].code", $"'{code}' is reserved for the leading group");
            result.Add(new Office(code, Text(o?.Name, $"offices[{i}].name"), People(o?.Officials, $"offices[{i}].officials", $"office:{code}:")));
        }
        CheckUnique(result, o => o.Code, "offices");
        return result;
    }

    private LeadingGroup ReadLeadingGroup(LeadingGroupDocument? group)
    {
        if (group is null) Error("leadingGroup", "missing");
        var name = Text(group?.Name, "leadingGroup.name");
        var head = Person(group?.Head, "leadingGroup.head", "group:head");
        var members = People(group?.Members, "leadingGroup.members", "group:");
        if (members.Any(m => m.Id == head.Id)) Error("leadingGroup.members", "the key 'head' is reserved for the head");
        return new LeadingGroup(name, head, members);
    }
}
