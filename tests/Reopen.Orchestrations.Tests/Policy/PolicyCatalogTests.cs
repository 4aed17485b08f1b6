using System.Text.Json;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Tests.Policy;

/// <summary>The shipped district: Qinghe, eight streets, its departments, the leading group and two sets of timings.</summary>
public sealed class PolicyCatalogTests
{
    private static readonly DistrictPolicy Default = PolicyCatalog.Load("default");
    private static readonly DistrictPolicy Fast = PolicyCatalog.Load("fast");

    [Fact]
    public void Default_policy_is_the_qinghe_district_with_eight_streets_each_fully_staffed()
    {
        Assert.Equal("QH", Default.Code);
        Assert.Equal(new LocalizedText("清河区", "Qinghe District"), Default.Name);
        Assert.Equal(8, Default.Streets.Count);
        Assert.All(Default.Streets, s => Assert.Equal(
            [$"street:{s.Code}:secretary", $"street:{s.Code}:director", $"street:{s.Code}:inspector", $"street:{s.Code}:grid:grid-1",
                $"street:{s.Code}:grid:grid-2"], s.Officials.Select(o => o.Id)));
    }

    [Fact]
    public void Every_official_has_a_district_email_and_a_unique_id()
    {
        var officials = Default.AllOfficials().ToArray();

        Assert.All(officials, o => Assert.EndsWith("@qinghe.gov.example", o.Email));
        Assert.All(officials, o => Assert.False(string.IsNullOrWhiteSpace(o.Role.Zh + o.Role.En)));
        Assert.Equal(officials.Length, officials.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public void The_named_competent_departments_are_there_and_every_sector_has_one()
    {
        Assert.Superset(new HashSet<string> { "commerce", "industry", "emergency", "market", "health" }, Default.Departments.Select(d => d.Code).ToHashSet());
        Assert.Equal("清河区商务局", Default.FindDepartment("commerce")!.Name.Zh);
        Assert.All(Default.Sectors, s => Assert.NotNull(Default.FindDepartment(s.DepartmentCode)));
        Assert.Equal("commerce", Default.DepartmentFor("catering").Code);
    }

    [Fact]
    public void Escalation_climbs_from_the_street_to_the_supervision_office_and_ends_at_the_head()
    {
        Assert.Equal(["supervision", "leading-group", "leading-group-head"], Default.EscalationFor(ApprovalLevel.Street).Select(t => t.Code));
        Assert.Equal(["leading-group", "leading-group-head"], Default.EscalationFor(ApprovalLevel.Department).Select(t => t.Code));
        Assert.Equal([Default.LeadingGroup.Head], Default.EscalationFor(ApprovalLevel.LeadingGroup).Single().Officials);
    }

    [Fact]
    public void Default_timings_are_hours_and_the_green_channel_is_much_shorter()
    {
        Assert.Equal(new StepTiming(TimeSpan.FromHours(24), TimeSpan.FromHours(48)), Default.Standard.StreetCoSign);
        Assert.Equal(new StepTiming(TimeSpan.FromHours(2), TimeSpan.FromHours(4)), Default.GreenChannel.StreetCoSign);
        Assert.Equal(TimeSpan.FromDays(30), Default.LinkLifetime);
    }

    [Fact]
    public void Fast_timings_are_seconds()
    {
        Assert.Equal(new StepTiming(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), Fast.Standard.DepartmentReview);
        Assert.Equal(new StepTiming(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)), Fast.GreenChannel.DepartmentReview);
    }

    [Fact]
    public void Fast_and_default_policies_describe_the_same_organisation()
    {
        static string Organisation(DistrictPolicy p) => JsonSerializer.Serialize(p with
        {
            Standard = Default.Standard, GreenChannel = Default.GreenChannel, LinkLifetime = Default.LinkLifetime, Supervision = Default.Supervision,
        });

        Assert.Equal(Organisation(Default), Organisation(Fast));
    }

    [Fact]
    public void Fast_supervision_is_the_default_s_with_days_as_seconds()
    {
        static TimeSpan Seconds(TimeSpan day) => TimeSpan.FromSeconds(day.TotalDays);
        var (d, f) = (Default.Supervision, Fast.Supervision);

        Assert.Equal(d.LookBacksAfter.Select(Seconds), f.LookBacksAfter);
        Assert.Equal(Seconds(d.SpotChecks.Within), f.SpotChecks.Within);
        Assert.Equal(Seconds(d.SelfChecks.Every), f.SelfChecks.Every);
        Assert.Equal(Seconds(d.InspectionWithin), f.InspectionWithin);
        Assert.Equal(Seconds(d.RectifyWithin), f.RectifyWithin);
        Assert.Equal(d with
        {
            LookBacksAfter = f.LookBacksAfter, SpotChecks = f.SpotChecks, SelfChecks = f.SelfChecks, InspectionWithin = f.InspectionWithin,
            RectifyWithin = f.RectifyWithin,
        }, f);
    }

    [Fact]
    public void Unknown_policy_name_is_refused() => Assert.Throws<ArgumentException>(() => PolicyCatalog.Load("slow"));
}
