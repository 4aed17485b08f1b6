using System.Net;
using Reopen.Functions.Filings;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>
/// Every version the business filed stays readable (the approvers of earlier rounds saw it); the version in force follows
/// the approval, so a version written for an amendment the approval refused is never read.
/// </summary>
[Collection(FilingsCollection.Name)]
public class FilingVersionTests(FilingsApp app)
{
    private FilingStore Store => app.App.GetRequiredService<FilingStore>();

    [Fact]
    public async Task Amended_filing_is_version_2_and_version_1_with_its_roster_stays_readable()
    {
        var filing = SampleFilings.BelowScale(staff: 150);
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "花名册有误，请核对");
        var amended = filing with { Roster = filing.Roster.Take(120).ToArray(), EmergencyPlan = "修订后的应急预案" };

        var (response, status) = await app.AmendAsync(filingId, accessCode, amended);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, status["version"]!.GetValue<int>());
        var first = (await Store.GetAsync(filingId, 1))!;
        var current = (await Store.GetAsync(filingId))!;
        Assert.Equal(1, first.Version);
        Assert.Equal(filing.EmergencyPlan, first.Filing.EmergencyPlan);
        Assert.Equal(filing.Roster, first.Roster);
        Assert.Equal(2, current.Version);
        Assert.Equal(2, current.RosterVersion);
        Assert.Equal("修订后的应急预案", current.Filing.EmergencyPlan);
        Assert.Equal(amended.Roster, current.Roster);
        Assert.Equal(2, (await Store.GetDocumentAsync(filingId))!.Version);
    }

    [Fact]
    public async Task Amendment_that_keeps_the_roster_shares_the_roster_of_the_version_before()
    {
        var filing = SampleFilings.BelowScale(staff: 5);
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充应急预案");
        var rowsBefore = await app.RosterRowCountAsync(filingId);

        var (response, _) = await app.AmendAsync(filingId, accessCode, filing with { EmergencyPlan = "补充后的应急预案" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var current = (await Store.GetAsync(filingId))!;
        Assert.Equal((2, 1), (current.Version, current.RosterVersion));
        Assert.Equal(filing.Roster, current.Roster);
        Assert.Equal(rowsBefore, await app.RosterRowCountAsync(filingId));
    }

    [Fact]
    public async Task Amendment_refused_after_a_withdrawal_leaves_the_current_document_unchanged()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        await app.WithdrawAsync(filingId, accessCode, "不再复工");

        var (response, body) = await app.AmendAsync(filingId, accessCode, filing with { PreventionPlan = "撤回后的修改" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("not-returned", body["code"]!.GetValue<string>());
        var current = (await Store.GetAsync(filingId))!;
        Assert.Equal(1, current.Version);
        Assert.Equal(filing.PreventionPlan, current.Filing.PreventionPlan);
        Assert.Null(await Store.GetDocumentAsync(filingId, 2));
    }

    [Fact]
    public async Task Version_written_for_an_amendment_the_approval_then_refuses_is_never_read()
    {
        var filing = SampleFilings.BelowScale(staff: 4);
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        // What an amendment writes before its command, when a withdrawal then gets to the approval first.
        var first = (await Store.GetDocumentAsync(filingId))!;
        await Store.SaveVersionAsync(first, 2, filing with { PreventionPlan = "未被受理的修改", Roster = SampleFilings.Roster(9) }, DateTimeOffset.UtcNow);
        await app.WithdrawAsync(filingId, accessCode);

        var current = (await Store.GetAsync(filingId))!;
        var head = await Store.GetRosterAsync(filingId, 0, 200);
        var (_, status) = await app.StatusAsync(filingId, accessCode);

        Assert.Equal(1, current.Version);
        Assert.Equal(filing.PreventionPlan, current.Filing.PreventionPlan);
        Assert.Equal(filing.Roster, head);
        Assert.Equal(1, status["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Amendment_while_another_is_under_way_is_refused_and_changes_nothing()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        var lease = app.App.GetRequiredService<FilingAmendLease>();
        var held = Assert.NotNull(await lease.TryAcquireAsync(filingId, default));

        var (busy, _) = await app.AmendAsync(filingId, accessCode, filing with { PreventionPlan = "并发的修改" });
        await lease.ReleaseAsync(filingId, held, default);
        var (after, _) = await app.AmendAsync(filingId, accessCode, filing with { PreventionPlan = "随后的修改" });

        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("随后的修改", (await Store.GetDocumentAsync(filingId))!.Filing.PreventionPlan);
        Assert.Null(await Store.GetDocumentAsync(filingId, 3));
    }
}
