using System.Text.Json.Nodes;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Tests.Policy;

/// <summary>A bad policy file fails at load with every problem listed as "path: problem".</summary>
public sealed class PolicyValidationTests
{
    private static IReadOnlyList<string> ErrorsAfter(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(ShippedDefault())!;
        change(json);
        return Assert.Throws<PolicyValidationException>(() => PolicyLoader.Parse(json.ToJsonString())).Errors;
    }

    private static string ShippedDefault()
    {
        using var stream = typeof(PolicyCatalog).Assembly.GetManifestResourceStream("Reopen.Orchestrations.Policy.Policies.default.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void Shipped_default_parses() => Assert.Equal(8, PolicyLoader.Parse(ShippedDefault()).Streets.Count);

    [Fact]
    public void Missing_email_names_the_official() =>
        Assert.Equal(["streets[3].officials.director: missing email"],
            ErrorsAfter(j => j["streets"]![3]!["officials"]!["director"]!.AsObject().Remove("email")));

    [Fact]
    public void Sector_with_an_unknown_department_is_named() =>
        Assert.Equal(["sectors[2].department: unknown department 'tourism'"], ErrorsAfter(j => j["sectors"]![2]!["department"] = "tourism"));

    [Fact]
    public void Duplicate_street_codes_are_named() =>
        Assert.Equal(["streets[5].code: duplicate code 'QH01' (first at streets[0])"], ErrorsAfter(j => j["streets"]![5]!["code"] = "QH01"));

    [Fact]
    public void A_policy_without_supervision_rules_is_refused() =>
        Assert.Equal(["supervision: missing"], ErrorsAfter(j => j.AsObject().Remove("supervision")));

    [Fact]
    public void Supervision_rules_out_of_range_are_each_named() =>
        Assert.Equal(
            [
                "supervision.lookBacksAfter[1]: look-backs must come in order, each later than the one before",
                "supervision.spotChecks.walkInRate: a rate from 0 to 1 is required",
                "supervision.selfChecks.categories[0]: 'Bakery' is not a business category (e.g. Livelihood)",
            ],
            ErrorsAfter(j =>
            {
                j["supervision"]!["lookBacksAfter"] = new JsonArray("P14D", "P3D");
                j["supervision"]!["spotChecks"]!["walkInRate"] = 1.5;
                j["supervision"]!["selfChecks"]!["categories"] = new JsonArray("Bakery");
            }));

    [Fact]
    public void A_grid_inspector_s_mobile_must_be_a_mobile_number() =>
        Assert.Equal(["streets[0].officials.gridTeam[1].mobile: '12345' is not a mainland mobile number (11 digits)"],
            ErrorsAfter(j => j["streets"]![0]!["officials"]!["gridTeam"]![1]!["mobile"] = "12345"));

    [Fact]
    public void A_street_without_a_grid_team_has_its_inspector_as_its_team()
    {
        var json = JsonNode.Parse(ShippedDefault())!;
        json["streets"]![0]!["officials"]!.AsObject().Remove("gridTeam");

        var street = PolicyLoader.Parse(json.ToJsonString()).Streets[0];

        Assert.Equal([street.Inspector], street.GridTeam);
    }

    [Fact]
    public void Non_positive_durations_are_refused() =>
        Assert.Equal(["timings.standard.streetReview.remindAfter: duration must be positive, got 'PT0S'"],
            ErrorsAfter(j => j["timings"]!["standard"]!["streetReview"]!["remindAfter"] = "PT0S"));

    [Fact]
    public void Reminder_must_come_before_the_deadline() =>
        Assert.Equal(["timings.greenChannel.escalation.remindAfter: the reminder (PT3H) must come before the deadline (PT2H)"],
            ErrorsAfter(j => j["timings"]!["greenChannel"]!["escalation"]!["remindAfter"] = "PT3H"));

    [Fact]
    public void Green_channel_may_not_be_slower_than_the_standard_route() =>
        Assert.Equal(["timings.greenChannel.streetCoSign.deadlineAfter: the green channel must not be slower than the standard route"],
            ErrorsAfter(j => j["timings"]!["greenChannel"]!["streetCoSign"]!["deadlineAfter"] = "PT72H"));

    [Fact]
    public void Unreadable_duration_says_what_is_expected() =>
        Assert.Equal(["linkLifetime: '30 days' is not an ISO 8601 duration (e.g. PT24H, PT5S)"], ErrorsAfter(j => j["linkLifetime"] = "30 days"));

    [Fact]
    public void Escalation_chain_must_use_known_targets_and_end_at_the_head() =>
        Assert.Equal(
        [
            "escalation.department[1]: unknown escalation target 'mayor' (an office code, 'leading-group' or 'leading-group-head')",
            "escalation.department: the chain must end at 'leading-group-head'",
        ], ErrorsAfter(j => j["escalation"]!["department"]![1] = "mayor"));

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var errors = ErrorsAfter(j =>
        {
            j["district"]!["name"]!.AsObject().Remove("en");
            j["streets"]![0]!["officials"]!["inspector"]!["email"] = "not-an-email";
            j["departments"]![0]!["officials"]![1]!["key"] = "director";
            j["leadingGroup"]!.AsObject().Remove("head");
        });

        Assert.Equal(
        [
            "district.name.en: missing English text",
            "streets[0].officials.inspector.email: 'not-an-email' is not an email address",
            "departments[0].officials[1].key: duplicate key 'director'",
            "leadingGroup.head: missing",
        ], errors);
    }

    [Fact]
    public void Department_covering_no_sector_is_named() =>
        Assert.Equal(["departments[4]: department 'health' covers no sector"],
            ErrorsAfter(j => j["sectors"]!.AsArray().Where(s => (string?)s!["department"] == "health").ToList()
                .ForEach(s => s!["department"] = "market")));

    [Fact]
    public void Misspelt_property_is_refused_rather_than_ignored()
    {
        var errors = ErrorsAfter(j => j["streets"]![0]!["offical"] = "typo");

        Assert.Single(errors);
        Assert.StartsWith("$.streets[0]", errors[0]);
    }

    [Fact]
    public void Malformed_json_is_reported() =>
        Assert.Single(Assert.Throws<PolicyValidationException>(() => PolicyLoader.Parse("{ \"district\": ")).Errors);

    [Fact]
    public void Message_of_the_exception_lists_the_errors()
    {
        var e = new PolicyValidationException(["a: b", "c: d"]);

        Assert.Contains("a: b", e.Message);
        Assert.Contains("c: d", e.Message);
    }
}
