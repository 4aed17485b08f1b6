using System.Net;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>A returned filing is amended with its access code and the same step resumes; an open filing can be withdrawn.</summary>
[Collection(FilingsCollection.Name)]
public class AmendAndWithdrawTests(FilingsApp app)
{
    [Fact]
    public async Task Pending_filing_cannot_be_amended()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);

        var (response, body) = await app.AmendAsync(filingId, accessCode, filing);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("not-returned", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Returned_filing_is_amended_and_the_returned_step_resumes_in_round_2_with_the_new_roster()
    {
        var filing = SampleFilings.BelowScale(staff: 150);
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "花名册有误，请核对");
        var (_, returned) = await app.StatusAsync(filingId, accessCode);
        var amended = filing with { Roster = filing.Roster.Take(120).ToArray(), EmergencyPlan = "修订后的应急预案" };

        var (response, status) = await app.AmendAsync(filingId, accessCode, amended);

        Assert.Equal("Returned", returned["status"]!.GetValue<string>());
        Assert.Equal("花名册有误，请核对", returned["reason"]!.GetValue<string>());
        Assert.EndsWith($"/api/filings/{filingId}", returned["links"]!["amend"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Pending", status["status"]!.GetValue<string>());
        Assert.Equal(2, status["currentStep"]!["round"]!.GetValue<int>());
        Assert.Equal(120, status["staffCount"]!.GetValue<int>());
        Assert.Equal("Return", status["decisions"]![0]!["verdict"]!.GetValue<string>());
        Assert.Equal(150 + 120, await app.RosterRowCountAsync(filingId)); // version 1's roster is kept beside version 2's
        var stored = await app.App.GetRequiredService<Functions.Filings.FilingStore>().GetAsync(filingId);
        Assert.Equal("修订后的应急预案", stored!.Filing.EmergencyPlan);
        Assert.Equal(amended.Roster, stored.Roster);
    }

    [Fact]
    public async Task Amendment_may_not_change_the_routing_fields()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        var moved = filing with { Business = filing.Business with { Street = "QH02", Scale = "SoleTrader" } };

        var (response, body) = await app.AmendAsync(filingId, accessCode, moved);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["business.scale", "business.street"], body["errors"]!.AsObject().Select(e => e.Key).Order());
        var (_, status) = await app.StatusAsync(filingId, accessCode);
        Assert.Equal("Returned", status["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Amendment_is_validated_fully()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");

        var (response, body) = await app.AmendAsync(filingId, accessCode, filing with { PreventionPlan = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["preventionPlan"], body["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Amendment_needs_the_access_code()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, _) = await app.FileAsync(filing);

        var (response, _) = await app.AmendAsync(filingId, "22222222", filing);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pending_filing_is_withdrawn_with_its_reason_and_then_is_closed()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (response, status) = await app.WithdrawAsync(filingId, accessCode, "暂缓复工");
        var (again, problem) = await app.WithdrawAsync(filingId, accessCode);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Withdrawn", status["status"]!.GetValue<string>());
        Assert.Equal("暂缓复工", status["reason"]!.GetValue<string>());
        Assert.Null(status["currentStep"]);
        Assert.Null(status["links"]!["withdraw"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("closed", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawal_without_a_body_is_fine()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (response, status) = await app.WithdrawAsync(filingId, accessCode, reason: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Withdrawn", status["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approved_filing_shows_its_permit_with_verification_and_placard_links()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        await app.DecideCurrentStepAsync(filingId, Verdict.Approve);

        var (_, status) = await app.StatusAsync(filingId, accessCode);

        Assert.Equal("Approved", status["status"]!.GetValue<string>());
        var permit = status["permit"]!;
        Assert.StartsWith("复工〔", permit["number"]!.GetValue<string>());
        Assert.Matches("/api/permits/QH-[0-9A-Z]{8}$", permit["verifyUrl"]!.GetValue<string>());
        Assert.EndsWith("/placard", permit["placardUrl"]!.GetValue<string>());
        Assert.Equal(2, status["decisions"]!.AsArray().Count);
        Assert.All(status["decisions"]!.AsArray(), d => Assert.Equal("Approve", d!["verdict"]!.GetValue<string>()));
    }
}
