using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>Validation names every failing field, with a message in Chinese and English.</summary>
public sealed class FilingValidatorTests
{
    private static readonly DistrictPolicy District = PolicyCatalog.Load("default");

    private static string[] Paths(Filing filing) => FilingValidator.Validate(filing, District).Select(e => e.Path).ToArray();

    [Fact]
    public void Complete_filing_has_no_errors() => Assert.Empty(FilingValidator.Validate(SampleFilings.BelowScale(), District));

    [Fact]
    public void Empty_filing_names_every_missing_field()
    {
        var errors = FilingValidator.Validate(new Filing(), District);

        Assert.Equal(
        [
            "business.name", "business.creditCode", "business.address", "business.street", "business.sector", "business.category",
            "business.scale", "responsible.name", "responsible.mobile", "preventionPlan", "emergencyPlan",
            "fiveInPlace.responsibilityAssigned", "fiveInPlace.planWritten", "fiveInPlace.staffInformationCollected",
            "fiveInPlace.suppliesReady", "fiveInPlace.workSafetyAssured", "supplies.masks", "supplies.disinfectantLitres",
            "supplies.thermometers", "routine.temperatureCheck", "roster",
        ], errors.Select(e => e.Path));
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.MessageZh));
            Assert.False(string.IsNullOrWhiteSpace(e.MessageEn));
        });
    }

    [Fact]
    public void Explicit_nulls_from_json_are_reported_not_thrown() =>
        Assert.Contains("business.name", Paths(new Filing { Business = null!, Responsible = null!, Roster = null! }));

    [Fact]
    public void Roster_errors_name_the_row_and_field()
    {
        var roster = SampleFilings.BelowScale().Roster.ToList();
        roster[1] = roster[1] with { IdNumber = "110105199001010021", Mobile = "12345", HomeProvince = "火星", HealthStatus = "Fine", ReturnDate = "2026-02-30" };
        roster[2] = roster[2] with { Name = "" };

        Assert.Equal(
            ["roster[1].idNumber", "roster[1].mobile", "roster[1].homeProvince", "roster[1].healthStatus", "roster[1].returnDate", "roster[2].name"],
            Paths(SampleFilings.BelowScale() with { Roster = roster }));
    }

    [Fact]
    public void Same_person_twice_is_named_at_the_second_row()
    {
        var filing = SampleFilings.BelowScale() with
        {
            Roster = [SampleFilings.Person(1), SampleFilings.Person(2), SampleFilings.Person(1) with { IdNumber = SampleFilings.IdNumber(1).ToLowerInvariant() }],
        };

        var error = Assert.Single(FilingValidator.Validate(filing, District));
        Assert.Equal("roster[2].idNumber", error.Path);
        Assert.Contains("roster[0]", error.MessageEn);
    }

    [Fact]
    public void Roster_of_up_to_five_thousand_is_accepted_and_more_is_refused()
    {
        var full = SampleFilings.Roster(FilingLimits.MaxRoster);

        Assert.Empty(FilingValidator.Validate(SampleFilings.BelowScale() with { Roster = full }, District));
        Assert.Equal(["roster"], Paths(SampleFilings.BelowScale() with { Roster = [.. full, SampleFilings.Person(FilingLimits.MaxRoster + 1)] }));
        Assert.Equal(["roster"], Paths(SampleFilings.BelowScale() with { Roster = [] }));
    }

    [Fact]
    public void Texts_longer_than_their_limits_are_refused()
    {
        var filing = SampleFilings.BelowScale() with
        {
            Business = SampleFilings.BelowScale().Business with { Name = new string('店', 101), Address = new string('路', 201) },
            PreventionPlan = new string('防', FilingLimits.PlanLength + 1),
            EmergencyPlan = new string('应', FilingLimits.PlanLength),
        };

        Assert.Equal(["business.name", "business.address", "preventionPlan"], Paths(filing));
    }

    [Fact]
    public void Any_five_in_place_item_not_in_place_is_refused() =>
        Assert.Equal(["fiveInPlace.workSafetyAssured"],
            Paths(SampleFilings.BelowScale() with { FiveInPlace = SampleFilings.BelowScale().FiveInPlace with { WorkSafetyAssured = false } }));

    [Fact]
    public void Street_and_sector_must_exist_in_the_policy() =>
        Assert.Equal(["business.street", "business.sector"],
            Paths(SampleFilings.BelowScale() with { Business = SampleFilings.BelowScale().Business with { Street = "QH99", Sector = "mining" } }));

    [Fact]
    public void Unknown_category_and_scale_list_the_choices()
    {
        var errors = FilingValidator.Validate(
            SampleFilings.BelowScale() with { Business = SampleFilings.BelowScale().Business with { Category = "Casino", Scale = "7" } }, District);

        Assert.Equal(["business.category", "business.scale"], errors.Select(e => e.Path));
        Assert.Contains("SmallRestaurant", errors[0].MessageEn);
        Assert.Contains("AboveScale", errors[1].MessageEn);
    }

    [Fact]
    public void Entertainment_venues_stay_closed() =>
        Assert.Equal(["business.category"], Paths(SampleFilings.Of("Entertainment")));

    [Theory]
    [InlineData("FoodShop")]
    [InlineData("SmallSupermarket")]
    [InlineData("Barber")]
    [InlineData("Pharmacy")]
    [InlineData("LargeMall")]
    [InlineData("FarmersMarket")]
    public void Places_open_to_customers_need_a_code_check_and_a_flow_limit(string category) =>
        Assert.Equal(["routine.healthCodeCheck", "routine.maxCustomersAtOnce"], Paths(SampleFilings.Of(category)));

    [Fact]
    public void Small_restaurant_must_also_suspend_dine_in() =>
        Assert.Equal(["routine.dineInSuspended"],
            Paths(SampleFilings.Of("smallrestaurant") with { Routine = new EntryRoutine { TemperatureCheck = true, HealthCodeCheck = true, MaxCustomersAtOnce = 10 } }));

    [Fact]
    public void Shop_with_checks_and_flow_limit_is_accepted() =>
        Assert.Empty(Paths(SampleFilings.Of("Barber", "SoleTrader") with
        {
            Routine = new EntryRoutine { TemperatureCheck = true, HealthCodeCheck = true, MaxCustomersAtOnce = 3 },
        }));

    [Fact]
    public void Livelihood_supplier_must_check_and_disinfect_daily() =>
        Assert.Equal(["routine.dailyCheck", "routine.dailyDisinfection"], Paths(SampleFilings.Of("Livelihood")));

    [Fact]
    public void Epidemic_supplies_producer_must_state_its_production_qualification()
    {
        Assert.Equal(["productionQualification"], Paths(SampleFilings.Of("EpidemicSupplies", "AboveScale", "medical-devices")));
        Assert.Empty(Paths(SampleFilings.Of("EpidemicSupplies", "AboveScale", "medical-devices") with { ProductionQualification = "医疗器械生产许可证 鲁食药监械生产许20260001号" }));
    }

    [Fact]
    public void Office_tenant_must_name_its_building_and_property_manager() =>
        Assert.Equal(["building.name", "building.propertyManager"], Paths(SampleFilings.Of("OfficeTenant")));

    [Fact]
    public void Supplies_must_be_ready_in_sensible_quantities() =>
        Assert.Equal(["supplies.masks", "supplies.disinfectantLitres", "supplies.thermometers"],
            Paths(SampleFilings.BelowScale() with { Supplies = new PreventionSupplies { Masks = 0, DisinfectantLitres = -1, Thermometers = 100_001 } }));
}
