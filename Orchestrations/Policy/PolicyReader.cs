using System.Text.RegularExpressions;
using System.Xml;
using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Policy;

// Validates while it converts: every problem is recorded with its path and reading goes on with a placeholder.
internal sealed partial class PolicyReader
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public DistrictPolicy Read(PolicyDocument d)
    {
        var district = d.District;
        if (district is null) Error("district", "missing");
        var code = Code(district?.Code, "district.code", DistrictCodePattern(), "two to four capital letters, e.g. QH");
        var name = Text(district?.Name, "district.name");
        var province = district?.ProvinceCode;
        if (Provinces.FindByCode(province ?? "") is null) Error("district.provinceCode", $"'{province}' is not a province code (e.g. 37)");
        var linkLifetime = Duration(d.LinkLifetime, "linkLifetime");

        var streets = ReadStreets(d.Streets);
        var sectors = ReadSectors(d.Sectors);
        var departments = ReadDepartments(d.Departments, sectors);
        CheckSectorDepartments(sectors, departments);
        var offices = ReadOffices(d.Offices);
        var group = ReadLeadingGroup(d.LeadingGroup);
        var escalation = ReadEscalation(d.Escalation, offices);
        var (standard, green) = ReadTimings(d.Timings);
        var supervision = ReadSupervision(d.Supervision);

        return new DistrictPolicy(code, name, province ?? "", linkLifetime, streets, departments, sectors, offices, group,
            escalation, standard, green, supervision);
    }

    private void Error(string path, string problem) => _errors.Add($"{path}: {problem}");

    private string Code(string? value, string path, Regex pattern, string expected)
    {
        if (string.IsNullOrWhiteSpace(value)) Error(path, "missing");
        else if (!pattern.IsMatch(value)) Error(path, $"'{value}' is not valid: expected {expected}");
        return value ?? "";
    }

    private LocalizedText Text(TextDocument? text, string path)
    {
        if (text is null)
        {
            Error(path, "missing");
            return new("", "");
        }
        if (string.IsNullOrWhiteSpace(text.Zh)) Error(path + ".zh", "missing Chinese text");
        if (string.IsNullOrWhiteSpace(text.En)) Error(path + ".en", "missing English text");
        return new(text.Zh ?? "", text.En ?? "");
    }

    private Official Person(PersonDocument? person, string path, string id, LocalizedText? role = null)
    {
        if (person is null)
        {
            Error(path, "missing");
            return new(id, "", "", role ?? new("", ""));
        }
        if (string.IsNullOrWhiteSpace(person.Name)) Error(path, "missing name");
        if (string.IsNullOrWhiteSpace(person.Email)) Error(path, "missing email");
        else if (!EmailPattern().IsMatch(person.Email)) Error(path + ".email", $"'{person.Email}' is not an email address");
        var resolvedRole = person.Role is null && role is not null ? role : Text(person.Role, path + ".role");
        string? mobile = null;
        if (person.Mobile is not null && !MobileNumber.TryNormalize(person.Mobile, out mobile))
            Error(path + ".mobile", $"'{person.Mobile}' is not a mainland mobile number (11 digits)");
        return new(id, person.Name ?? "", person.Email ?? "", resolvedRole, mobile);
    }

    private IReadOnlyList<Official> People(List<PersonDocument?>? people, string path, string idPrefix, LocalizedText? role = null)
    {
        if (people is null || people.Count == 0)
        {
            Error(path, "at least one official is required");
            return [];
        }
        var keys = new HashSet<string>();
        var result = new List<Official>();
        for (var i = 0; i < people.Count; i++)
        {
            var key = Code(people[i]?.Key, $"{path}[{i}].key", KeyPattern(), "lower-case letters, digits and dashes");
            if (key.Length > 0 && !keys.Add(key)) Error($"{path}[{i}].key", $"duplicate key '{key}'");
            result.Add(Person(people[i], $"{path}[{i}]", idPrefix + key, role));
        }
        return result;
    }

    private TimeSpan Duration(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "missing duration");
            return TimeSpan.Zero;
        }
        TimeSpan span;
        try
        {
            span = XmlConvert.ToTimeSpan(value);
        }
        catch (FormatException)
        {
            Error(path, $"'{value}' is not an ISO 8601 duration (e.g. PT24H, PT5S)");
            return TimeSpan.Zero;
        }
        if (span <= TimeSpan.Zero) Error(path, $"duration must be positive, got '{value}'");
        return span;
    }

    private void CheckUnique<T>(IReadOnlyList<T> items, Func<T, string> code, string path)
    {
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var c = code(items[i]);
            if (c.Length == 0) continue;
            if (seen.TryGetValue(c, out var first)) Error($"{path}[{i}].code", $"duplicate code '{c}' (first at {path}[{first}])");
            else seen[c] = i;
        }
    }

    [GeneratedRegex("^[A-Z]{2,4}$")]
    private static partial Regex DistrictCodePattern();

    [GeneratedRegex("^[A-Z0-9]{2,12}$")]
    private static partial Regex StreetCodePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
