using System.Net;
using Azure.Data.Tables;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Storage;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

[Collection(FilingsCollection.Name)]
public class SubmissionTests(FilingsApp app)
{
    [Fact]
    public async Task Valid_filing_is_created_with_an_id_and_an_access_code_and_reads_as_pending()
    {
        var (response, body) = await app.SubmitAsync(SampleFilings.BelowScale());
        var filingId = body["filingId"]!.GetValue<string>();
        var accessCode = body["accessCode"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches("^F[0-9]{6}[A-Z2-7]{10}$", filingId);
        Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", accessCode);
        Assert.Equal($"/api/filings/{filingId}", response.Headers.Location!.OriginalString);
        Assert.Equal("Pending", body["status"]!.GetValue<string>());
        Assert.Equal(new Uri(app.App.BaseAddress, $"/api/filings/{filingId}/status").AbsoluteUri, body["statusUrl"]!.GetValue<string>());
        Assert.EndsWith($"/api/filings/{filingId}/withdraw", body["links"]!["withdraw"]!.GetValue<string>());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());

        var (statusResponse, status) = await app.StatusAsync(filingId, accessCode);
        Assert.Equal(HttpStatusCode.OK, statusResponse.StatusCode);
        Assert.Equal("Pending", status["status"]!.GetValue<string>());
        Assert.Equal("审批中", status["statusText"]!.GetValue<string>());
        Assert.Equal(3, status["staffCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Status_names_the_open_step_its_holders_with_roles_but_no_emails_its_times_and_deadline()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (_, status) = await app.StatusAsync(filingId, accessCode, language: "en");

        var step = status["currentStep"]!;
        Assert.Equal("StreetCoSign", step["kind"]!.GetValue<string>());
        Assert.Equal("Open", step["status"]!.GetValue<string>());
        Assert.Equal(1, step["round"]!.GetValue<int>());
        Assert.Equal(0, step["escalationLevel"]!.GetValue<int>());
        Assert.Equal(2, step["heldBy"]!.AsArray().Count);
        Assert.All(step["heldBy"]!.AsArray(), person =>
        {
            Assert.False(string.IsNullOrWhiteSpace(person!["name"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(person["role"]!.GetValue<string>()));
        });
        Assert.True(step["deadlineAt"]!.GetValue<DateTimeOffset>() > step["since"]!.GetValue<DateTimeOffset>());
        Assert.Equal(step["openedAt"]!.GetValue<DateTimeOffset>(), step["since"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain("@", status.ToJsonString());
        Assert.Equal("Under review", status["statusText"]!.GetValue<string>());
        Assert.Empty(status["decisions"]!.AsArray());
        Assert.Null(status["permit"]);
    }

    [Fact]
    public async Task Escalated_step_is_held_by_the_escalation_tier_too_since_it_escalated()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        var step = (await app.Approvals.GetAsync(filingId))!.State.CurrentStep!;
        await app.Approvals.HandleAsync(filingId, new Orchestrations.Approvals.Escalate(step.StepId, step.Round, Level: 0));
        var escalated = (await app.Approvals.HistoryAsync(filingId)).Last(e => e.Event is Orchestrations.Approvals.StepEscalated);

        var (_, status) = await app.StatusAsync(filingId, accessCode);

        var current = status["currentStep"]!;
        Assert.Equal(1, current["escalationLevel"]!.GetValue<int>());
        Assert.True(current["heldBy"]!.AsArray().Count > 2);
        Assert.Equal(((Orchestrations.Approvals.StepEscalated)escalated.Event).At, current["since"]!.GetValue<DateTimeOffset>());
        Assert.Equal(current["escalatedAt"]!.GetValue<DateTimeOffset>(), current["since"]!.GetValue<DateTimeOffset>());
        Assert.True(current["since"]!.GetValue<DateTimeOffset>() > current["openedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Roster_of_5000_people_is_stored_one_entity_per_person()
    {
        var filing = SampleFilings.BelowScale(staff: FilingLimits.MaxRoster);

        var (filingId, _) = await app.FileAsync(filing);

        Assert.Equal(FilingLimits.MaxRoster, await app.RosterRowCountAsync(filingId));
        var last = await app.Table("FilingRoster").GetEntityOrNullAsync(filingId, "v0001-04999");
        Assert.Equal(filing.Roster[4999].IdNumber, last!.GetString("IdNumber"));
        var stored = await app.App.GetRequiredService<Functions.Filings.FilingStore>().GetAsync(filingId);
        Assert.Equal(filing.Roster, stored!.Roster);
    }

    [Fact]
    public async Task Access_code_is_kept_only_as_a_salted_hash()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var row = await app.Table("Filings").GetEntityOrNullAsync(filingId, "document-v0001");

        Assert.NotNull(row);
        Assert.DoesNotContain(row!.Select(property => property.Value).OfType<string>(), value => value.Contains(accessCode, StringComparison.Ordinal));
        Assert.Equal(64, row.GetString("AccessCodeHash")!.Length);
    }

    [Fact]
    public async Task Document_is_stored_without_the_roster_and_read_back_whole()
    {
        var filing = SampleFilings.BelowScale() with { PreventionPlan = new string('防', FilingLimits.PlanLength), EmergencyPlan = new string('急', FilingLimits.PlanLength) };

        var (filingId, _) = await app.FileAsync(filing);
        var stored = await app.App.GetRequiredService<Functions.Filings.FilingStore>().GetDocumentAsync(filingId);

        Assert.Equal(filing with { Roster = [] }, stored!.Filing with { Roster = [] });
        Assert.Equal(3, stored.RosterCount);
        Assert.Empty(stored.Roster);
    }
}
