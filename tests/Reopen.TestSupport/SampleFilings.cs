using Reopen.Orchestrations.Filings;

namespace Reopen.TestSupport;

/// <summary>
/// Complete, valid filings for each route, in the sample street QH01, to vary one thing at a time. Every filing gets its
/// own credit code unless one is given, since a second open filing for a credit code is refused.
/// </summary>
public static class SampleFilings
{
    public const string Street = "QH01";
    public const string ResponsibleName = "张小三";
    public const string ResponsibleMobile = "13812345678";

    private static int _sequence;

    /// <summary>A valid credit code (computed check character) no other call in this process returns, for ten million calls.</summary>
    public static string NewCreditCode()
    {
        var first17 = $"91350100MA{Interlocked.Increment(ref _sequence) % 10_000_000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>
    /// A valid resident ID number (Beijing, born 1 January 1990 for indexes below 1,000, a day later for each further
    /// 1,000), so a roster of any allowed size has no two alike.
    /// </summary>
    public static string IdNumber(int index)
    {
        var born = new DateOnly(1990, 1, 1).AddDays(index / 1000);
        var first17 = $"110105{born:yyyyMMdd}{index % 1000:D3}";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    public static RosterEntry Person(int index, string province = "山东") => new()
    {
        Name = "李小" + (char)('明' + index % 20),
        IdNumber = IdNumber(index),
        Mobile = $"139{index:D8}",
        HomeProvince = province,
        HealthStatus = "Healthy",
        ReturnDate = "2026-03-01",
    };

    /// <summary>People 1 to <paramref name="count"/>; every third comes back from another province (河南).</summary>
    public static IReadOnlyList<RosterEntry> Roster(int count) =>
        Enumerable.Range(1, count).Select(i => Person(i, i % 3 == 0 ? "河南省" : "山东")).ToArray();

    /// <summary>规下一般企业: the street's party secretary and director co-sign.</summary>
    public static Filing BelowScale(string name = "清源鲜果批发行", int staff = 3, string? creditCode = null, string responsibleMobile = ResponsibleMobile) =>
        Of("General", "BelowScale", "wholesale", name, staff, creditCode, responsibleMobile);

    /// <summary>规上: street office, then the department, then the leading group.</summary>
    public static Filing AboveScale(string name = "清河精密制造有限公司", int staff = 3, string? creditCode = null, string responsibleMobile = ResponsibleMobile) =>
        Of("General", "AboveScale", "manufacturing", name, staff, creditCode, responsibleMobile);

    /// <summary>五小单位: the inspector checks on site, then the street co-signs.</summary>
    public static Filing SmallRestaurant(string name = "老王家常菜馆", int staff = 3) =>
        Of("SmallRestaurant", "SoleTrader", "catering", name, staff) with
        {
            Routine = new EntryRoutine { TemperatureCheck = true, HealthCodeCheck = true, MaxCustomersAtOnce = 10, DineInSuspended = true },
        };

    /// <summary>民生保障: checks and disinfects daily, and is reminded to every day after reopening.</summary>
    public static Filing Livelihood(string name = "清河粮油供应站", int staff = 3) =>
        Of("Livelihood", "BelowScale", "wholesale", name, staff) with
        {
            Routine = new EntryRoutine { TemperatureCheck = true, DailyCheck = true, DailyDisinfection = true },
        };

    /// <summary>防疫物资生产: the green channel.</summary>
    public static Filing EpidemicSupplies(string name = "清河医用防护用品有限公司", int staff = 3) =>
        Of("EpidemicSupplies", "AboveScale", "medical-devices", name, staff) with
        {
            ProductionQualification = "医疗器械生产许可证 鲁食药监械生产许20260001号",
        };

    /// <summary>
    /// Any category, scale and sector with only what every filing needs: a category with rules of its own (a routine,
    /// a qualification, a building) is missing them, which is what validation tests look for.
    /// </summary>
    public static Filing Of(string category, string scale = "BelowScale", string sector = "wholesale", string name = "清源鲜果批发行",
        int staff = 3, string? creditCode = null, string responsibleMobile = ResponsibleMobile) => new()
    {
        Business = new BusinessDetails
        {
            Name = name,
            CreditCode = creditCode ?? NewCreditCode(),
            Address = "清河区清源路88号",
            Street = Street,
            Sector = sector,
            Category = category,
            Scale = scale,
        },
        Responsible = new ResponsiblePerson { Name = ResponsibleName, Mobile = responsibleMobile },
        PreventionPlan = "一、成立防控工作小组，总经理任组长。",
        EmergencyPlan = "一、发现发热人员立即隔离并报告社区。",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 500, DisinfectantLitres = 20, Thermometers = 4 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = Roster(staff),
    };
}
