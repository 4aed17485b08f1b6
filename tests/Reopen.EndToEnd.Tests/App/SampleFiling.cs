using Reopen.Orchestrations.Filings;

namespace Reopen.EndToEnd.Tests.App;

/// <summary>A valid below-scale filing in street QH01, so that the street's party secretary and director co-sign it.</summary>
public static class SampleFiling
{
    public const string Street = "QH01";
    public const string PartySecretaryEmail = "qh01.secretary@qinghe.gov.example";
    public const string DirectorEmail = "qh01.director@qinghe.gov.example";

    /// <summary>
    /// Shop number <paramref name="shop"/> (1 to 9999): its name, credit code and mobile number are its own, so its messages
    /// are told apart in a shared outbox and no other open filing holds its credit code.
    /// </summary>
    public static Filing BelowScale(int shop) => new()
    {
        Business = new BusinessDetails
        {
            Name = $"清源鲜果超市{shop}号店",
            CreditCode = CreditCodeOf(shop),
            Address = "清河区清源路88号",
            Street = Street,
            Sector = "retail",
            Category = "General",
            Scale = "BelowScale",
        },
        Responsible = new ResponsiblePerson { Name = "张小三", Mobile = $"1381234{shop % 10_000:D4}" },
        PreventionPlan = "一、成立防控工作小组,明确专人负责每日测温和消毒。",
        EmergencyPlan = "一、发现发热人员立即隔离并报告社区。",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 500, DisinfectantLitres = 20, Thermometers = 4 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = [Person(1, "王五", "山东"), Person(2, "赵六", "河南省")],
    };

    /// <summary>A valid 18-character resident ID (born 1 January 1990 in Beijing) that must never appear whole on an official's page.</summary>
    public static string IdNumber(int sequence)
    {
        var first17 = $"11010519900101{sequence % 1000:D3}";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    private static string CreditCodeOf(int shop)
    {
        var first17 = $"91350100MA{shop % 10_000_000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private static RosterEntry Person(int sequence, string name, string province) => new()
    {
        Name = name,
        IdNumber = IdNumber(sequence),
        Mobile = $"139{sequence:D8}",
        HomeProvince = province,
        HealthStatus = "Healthy",
        ReturnDate = "2026-03-01",
    };
}
