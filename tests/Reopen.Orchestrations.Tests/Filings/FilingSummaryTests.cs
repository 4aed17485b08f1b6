using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Filings;

public sealed class FilingSummaryTests
{
    private static readonly DistrictPolicy District = PolicyCatalog.Load("default");

    [Fact]
    public void Summary_keeps_routing_fields_normalizes_the_mobile_and_counts_out_of_province_staff()
    {
        var filing = SampleFilings.Of("livelihood", sector: "retail", name: "清源鲜果超市", creditCode: "91350100m000100y43",
            responsibleMobile: "+86 138-1234-5678") with
        {
            Routine = new EntryRoutine { TemperatureCheck = true, DailyCheck = true, DailyDisinfection = true },
        };

        var summary = FilingSummary.From("F-42", filing, District);

        Assert.Equal(
            new FilingSummary("F-42", "清源鲜果超市", "91350100M000100Y43", "清河区清源路88号", "QH01", "retail", BusinessCategory.Livelihood,
                BusinessScale.BelowScale, "张小三", "13812345678", 3, 1),
            summary);
        Assert.False(summary.GreenChannel);
    }

    [Fact]
    public void Epidemic_supplies_summary_is_in_the_green_channel() =>
        Assert.True(FilingSummary.From("F-1", SampleFilings.Of("EpidemicSupplies") with { ProductionQualification = "许可证" }, District).GreenChannel);

    [Fact]
    public void Invalid_filing_cannot_be_summarized() =>
        Assert.Throws<ArgumentException>(() => FilingSummary.From("F-1", new Filing(), District));

    [Fact]
    public void Roster_is_normalized_for_storage_one_row_per_person()
    {
        var filing = SampleFilings.BelowScale() with { Roster = [SampleFilings.Person(1), SampleFilings.Person(2, "河南省"), SampleFilings.Person(3, "37")] };

        var staff = ReturningStaff.From(filing, District);

        Assert.Equal(["37", "41", "37"], staff.Select(s => s.HomeProvinceCode));
        Assert.Equal([false, true, false], staff.Select(s => s.OutOfProvince));
        Assert.All(staff, s => Assert.Equal(new DateOnly(2026, 3, 1), s.ReturnDate));
        Assert.Equal("13900000001", staff[0].Mobile);
    }
}
