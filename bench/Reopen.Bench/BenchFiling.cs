using Reopen.Orchestrations.Filings;

namespace Reopen.Bench;

/// <summary>Valid filings of both main routes, each with its own credit code, and a roster of the given size.</summary>
internal static class BenchFiling
{
    public static Filing Create(int n, int rosterSize) => new()
    {
        Business = new BusinessDetails
        {
            Name = $"清河测试企业{n}号",
            CreditCode = Code(n),
            Address = "清河区工业路1号",
            Street = $"QH0{n % 8 + 1}",
            Sector = n % 2 == 0 ? "manufacturing" : "retail",
            Category = "General",
            Scale = n % 2 == 0 ? "AboveScale" : "BelowScale",
        },
        Responsible = new ResponsiblePerson { Name = "王五", Mobile = $"138{n % 100_000_000:D8}" },
        PreventionPlan = "成立防控工作小组，专人负责每日测温、消毒和台账。",
        EmergencyPlan = "发现发热人员立即隔离并报告社区卫生服务中心。",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 2000, DisinfectantLitres = 50, Thermometers = 10 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = Enumerable.Range(1, rosterSize).Select(Person).ToArray(),
    };

    private static string Code(int n)
    {
        var first17 = $"91350100MA{n % 10_000_000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private static RosterEntry Person(int i)
    {
        var first17 = $"35010219850101{i % 1000:D3}";
        return new RosterEntry
        {
            Name = "员工" + i,
            IdNumber = first17 + ResidentIdNumber.CheckDigit(first17),
            Mobile = $"139{i:D8}",
            HomeProvince = i % 4 == 0 ? "江西" : "福建",
            HealthStatus = "Healthy",
            ReturnDate = "2026-03-01",
        };
    }
}
