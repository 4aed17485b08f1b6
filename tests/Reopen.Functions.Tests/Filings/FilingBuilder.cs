using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Tests.Filings;

/// <summary>Valid filings with fresh credit codes (computed check characters), to vary one thing at a time.</summary>
internal static class FilingBuilder
{
    public const string SampleCreditCode = "91350100M000100Y43";
    private static int _sequence = Random.Shared.Next(0, 1_000_000);

    /// <summary>A valid credit code nobody else in this test run uses.</summary>
    public static string NewCreditCode()
    {
        var first17 = $"91350100MB{Interlocked.Increment(ref _sequence) % 10_000_000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A valid ID number; 1,000 per birth date, so a roster of 5,000 has no duplicates.</summary>
    public static string IdNumber(int index)
    {
        var born = new DateOnly(1985, 1, 1).AddDays(index / 1000);
        var first17 = $"110105{born:yyyyMMdd}{index % 1000:D3}";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    public static RosterEntry Person(int index, string province = "山东") => new()
    {
        Name = "王" + (char)('一' + index % 50),
        IdNumber = IdNumber(index),
        Mobile = $"139{index:D8}",
        HomeProvince = province,
        HealthStatus = "Healthy",
        ReturnDate = "2026-03-01",
    };

    public static IReadOnlyList<RosterEntry> Roster(int count) => Enumerable.Range(0, count).Select(i => Person(i)).ToArray();

    /// <summary>规下一般企业 in the 清源 street: the party secretary and the director co-sign.</summary>
    public static Filing Valid(string? creditCode = null, int staff = 3) => new()
    {
        Business = new BusinessDetails
        {
            Name = "清源鲜果批发行",
            CreditCode = creditCode ?? NewCreditCode(),
            Address = "清河区清源路88号",
            Street = "QH01",
            Sector = "wholesale",
            Category = "General",
            Scale = "BelowScale",
        },
        Responsible = new ResponsiblePerson { Name = "张小三", Mobile = "+86 138-1234-5678" },
        PreventionPlan = "一、成立防控工作小组，主要负责人任组长……",
        EmergencyPlan = "一、发现发热人员立即隔离并报告社区……",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 500, DisinfectantLitres = 20, Thermometers = 4 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = Roster(staff),
    };

    public static Filing WithCategory(this Filing filing, string category, string sector) =>
        filing with { Business = filing.Business with { Category = category, Sector = sector } };
}
