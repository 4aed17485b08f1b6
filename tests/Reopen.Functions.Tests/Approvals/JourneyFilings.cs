using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>Valid filings for each route, each with its own credit code (a second open filing per code is refused).</summary>
internal static class JourneyFilings
{
    private static int _sequence;

    public static string NewCreditCode()
    {
        var first17 = $"91350100MA{Interlocked.Increment(ref _sequence) + Random.Shared.Next(0, 9_000_000):D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static string IdNumber(int sequence)
    {
        var first17 = $"11010519900101{sequence % 1000:D3}";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    public static RosterEntry Person(int i, string province = "山东") => new()
    {
        Name = "李小" + (char)('明' + i % 20),
        IdNumber = IdNumber(i),
        Mobile = $"139{i:D8}",
        HomeProvince = province,
        HealthStatus = "Healthy",
        ReturnDate = "2026-03-01",
    };

    /// <summary>规下一般企业: the street's party secretary and director co-sign.</summary>
    public static Filing BelowScale(string name = "清源鲜果批发行") => Filing(name, "General", "BelowScale", "wholesale");

    /// <summary>规上: street office, then the commerce bureau, then the leading group.</summary>
    public static Filing AboveScale(string name = "清河精密制造有限公司") => Filing(name, "General", "AboveScale", "manufacturing");

    /// <summary>五小单位: the inspector checks on site, then the street co-signs.</summary>
    public static Filing SmallRestaurant(string name = "老王家常菜馆") => Filing(name, "SmallRestaurant", "SoleTrader", "catering") with
    {
        Routine = new EntryRoutine { TemperatureCheck = true, HealthCodeCheck = true, MaxCustomersAtOnce = 10, DineInSuspended = true },
    };

    /// <summary>防疫物资生产: the green channel.</summary>
    public static Filing EpidemicSupplies(string name = "清河医用防护用品有限公司") => Filing(name, "EpidemicSupplies", "AboveScale", "medical-devices") with
    {
        ProductionQualification = "医疗器械生产许可证 鲁食药监械生产许20260001号",
    };

    public static Filing Filing(string name, string category, string scale, string sector, int staff = 3) => new()
    {
        Business = new BusinessDetails
        {
            Name = name,
            CreditCode = NewCreditCode(),
            Address = "清河区清源路88号",
            Street = "QH01",
            Sector = sector,
            Category = category,
            Scale = scale,
        },
        Responsible = new ResponsiblePerson { Name = "张小三", Mobile = "13812345678" },
        PreventionPlan = "一、成立防控工作小组，总经理任组长。",
        EmergencyPlan = "一、发现发热人员立即隔离并报告社区。",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 500, DisinfectantLitres = 20, Thermometers = 4 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = Enumerable.Range(1, staff).Select(i => Person(i, i % 3 == 0 ? "河南省" : "山东")).ToArray(),
    };
}
