using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Orchestrations.Tests.Supervision;

/// <summary>Which grid inspector takes an inspection.</summary>
public sealed class GridAssignmentSpecs
{
    private static readonly Street Qingyuan = PolicyCatalog.Load("default").FindStreet("QH01")!;

    [Fact]
    public void Given_many_inspections_in_a_street_then_each_of_its_grid_inspectors_takes_about_an_equal_share()
    {
        const int inspections = 2000;
        var shares = Enumerable.Range(0, inspections)
            .GroupBy(i => GridAssignment.InspectorFor(Qingyuan, $"F260302GRID{i:000000}", "lookback-1").Id)
            .ToDictionary(g => g.Key, g => g.Count() / (double)inspections);

        Assert.Equal(Qingyuan.GridTeam.Select(g => g.Id).Order(), shares.Keys.Order());
        Assert.All(shares.Values, share => Assert.InRange(share, 0.45, 0.55));
    }

    [Fact]
    public void Given_the_same_inspection_then_every_sweep_picks_the_same_inspector() =>
        Assert.Equal(GridAssignment.InspectorFor(Qingyuan, "F260302AAAAAAAAAA", "lookback-2"),
            GridAssignment.InspectorFor(Qingyuan, "F260302AAAAAAAAAA", "lookback-2"));

    [Fact]
    public void Given_a_street_without_a_grid_team_in_the_policy_then_its_inspector_takes_the_inspections()
    {
        var street = Qingyuan with { GridTeam = [Qingyuan.Inspector] };

        Assert.Equal(Qingyuan.Inspector, GridAssignment.InspectorFor(street, "F260302AAAAAAAAAA", "lookback-1"));
    }
}
