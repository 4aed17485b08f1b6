using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>A complete, valid filing to vary one field at a time.</summary>
internal static class SampleFilings
{
    /// <summary>A valid ID number born on 1 January 1990 in Beijing's Chaoyang district, with sequence <paramref name="sequence"/>.</summary>
    public static string IdNumber(int sequence)
    {
        var first17 = $"11010519900101{sequence % 1000:D3}";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    public static RosterEntry Person(int i, string province = "山东") => new()
    {
        Name = "李四" + i,
        IdNumber = IdNumber(i),
        Mobile = $"139{i:D8}",
        HomeProvince = province,
        HealthStatus = "Healthy",
        ReturnDate = "2026-03-01",
    };

    public static Filing Valid(string category = "General", string scale = "BelowScale", string sector = "retail") => new()
    {
        Business = new BusinessDetails
        {
            Name = "清源鲜果超市",
            CreditCode = "91350100M000100Y43",
            Address = "清河区清源路88号",
            Street = "QH01",
            Sector = sector,
            Category = category,
            Scale = scale,
        },
        Responsible = new ResponsiblePerson { Name = "张小三", Mobile = "+86 138-1234-5678" },
        PreventionPlan = "一、成立防控工作小组……",
        EmergencyPlan = "一、发现发热人员立即隔离……",
        FiveInPlace = new FiveInPlace
        {
            ResponsibilityAssigned = true, PlanWritten = true, StaffInformationCollected = true, SuppliesReady = true, WorkSafetyAssured = true,
        },
        Supplies = new PreventionSupplies { Masks = 500, DisinfectantLitres = 20, Thermometers = 4 },
        Routine = new EntryRoutine { TemperatureCheck = true },
        Roster = [Person(1), Person(2, "河南省"), Person(3, "37")],
    };
}
