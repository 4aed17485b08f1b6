using System.Globalization;

namespace Reopen.Orchestrations.Filings;

// 返岗职工花名册: every row is checked, and a person listed twice is named at the second row.
internal static class RosterValidator
{
    public static void Check(IReadOnlyList<RosterEntry?>? roster, FieldErrorList errors)
    {
        var count = roster?.Count ?? 0;
        if (count < FilingLimits.MinRoster)
        {
            errors.Add("roster", "请填写返岗职工花名册(至少1人)", "The returning-staff roster needs at least one person");
            return;
        }
        if (count > FilingLimits.MaxRoster)
        {
            errors.Add("roster", $"花名册最多{FilingLimits.MaxRoster}人,请分批备案", $"The roster may list at most {FilingLimits.MaxRoster} people");
            return;
        }
        var firstRowOfId = new Dictionary<string, int>();
        for (var i = 0; i < count; i++)
        {
            var path = $"roster[{i}]";
            var entry = roster![i];
            if (entry is null)
            {
                errors.Add(path, "空行", "Empty row");
                continue;
            }
            errors.Name(entry.Name, path + ".name", "姓名", "The name", FilingLimits.PersonNameLength);
            var idProblem = ResidentIdNumber.Problem(entry.IdNumber);
            errors.Add(path + ".idNumber", idProblem);
            if (idProblem is null)
            {
                var id = ResidentIdNumber.Normalize(entry.IdNumber);
                if (firstRowOfId.TryGetValue(id, out var first))
                    errors.Add(path + ".idNumber", $"身份证号码与第{first + 1}行重复", $"The same ID number is already listed at roster[{first}]");
                else firstRowOfId[id] = i;
            }
            errors.Add(path + ".mobile", MobileNumber.Problem(entry.Mobile));
            if (Provinces.Find(entry.HomeProvince) is null)
                errors.Add(path + ".homeProvince", "请填写户籍所在省份", "Enter the home province");
            if (!HealthStatuses.TryParse(entry.HealthStatus, out _))
                errors.Add(path + ".healthStatus", "请选择健康状况", $"Choose a health status: {EnumNames.List<HealthStatus>()}");
            if (ParseReturnDate(entry.ReturnDate) is null)
                errors.Add(path + ".returnDate", "返岗日期应为有效日期(年-月-日)", "The return date must be a valid date (yyyy-MM-dd)");
        }
    }

    public static DateOnly? ParseReturnDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= 2000 and <= 2100 ? date : null;
}
