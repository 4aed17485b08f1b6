using System.Net;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Supervision;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Supervision;

/// <summary>
/// Supervision end to end on the standalone host with the fast policy (days are seconds) and the sweep on its timer,
/// using only links from the dev outbox: look-back → inspection → notice → fix report → re-inspection → closed, and the
/// notice nobody answers → supervision order → closure → the verification page says suspended.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class SupervisionJourneyTests(AzuriteFixture azurite)
{
    private static Task<Journey> StartAsync(AzuriteFixture azurite) => Journey.StartAsync(azurite, o =>
    {
        o.Settings["Reopen:Policy"] = "fast";
        o.Settings["Reopen:Supervision:SweepSchedule"] = "* * * * * *";
    });

    private static bool IsLookBack(OutboxMessage m) => m.IdempotencyKey.EndsWith("|lookback-1|email", StringComparison.Ordinal);

    [Fact]
    public async Task A_failed_look_back_gets_a_notice_the_business_reports_its_fix_and_a_passed_re_inspection_closes_it()
    {
        await using var journey = await StartAsync(azurite);
        var (filingId, accessCode) = await ApprovedAsync(journey, SampleFilings.SmallRestaurant("清河小炒王"));

        var task = await journey.Outbox.WaitForAsync(null, m => IsLookBack(m) && m.Body.Contains("清河小炒王"), "email");
        Assert.Contains(task.To, SampleStreetOfficials.GridTeam);
        var link = task.LinkTo("/api/inspections/");
        var (shown, form) = await journey.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("八个不得", form);
        Assert.DoesNotContain(SampleFilings.ResponsibleMobile, form);

        var (recorded, result) = await journey.PostFormAsync(link, Checklist(Checklists.For(Orchestrations.Filings.BusinessCategory.SmallRestaurant),
            failed: ("eight.masks", "后厨两名员工未戴口罩"), outcome: InspectionOutcome.RectificationNotice));
        Assert.True(recorded.StatusCode == HttpStatusCode.OK, result);
        Assert.Contains("data-outcome=\"RectificationNotice\"", result);

        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("整改到位"), "sms");
        var (_, status) = await journey.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode));
        Assert.Contains("后厨两名员工未戴口罩", status);
        Assert.Contains("data-document=\"Problem\"", status);

        var noticeId = $"R-{filingId}-lookback-1";
        var (_, reported) = await journey.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode), ("action", "report-fix"),
            ("noticeId", noticeId), ("report", "已为后厨员工配发口罩并专人检查"));
        Assert.Contains("整改报告已提交", reported);

        var reinspection = await journey.Outbox.WaitForAsync(task.To, m => m.Subject!.Contains("整改复查"), "email");
        var (again, _) = await journey.PostFormAsync(reinspection.LinkTo("/api/inspections/"),
            Checklist(Checklists.For(Orchestrations.Filings.BusinessCategory.SmallRestaurant), failed: null, outcome: InspectionOutcome.Passed));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("复查合格"), "sms");
        var (_, closed) = await journey.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode));
        Assert.Contains("data-status=\"Closed\"", closed);
        Assert.Contains("data-document=\"Feedback\"", closed);
        // Both inspections, as recorded: the look-back that found the problem and the re-inspection that passed.
        Assert.Contains("<tr data-outcome=\"RectificationNotice\"><td>", closed);
        Assert.Contains("<tr data-outcome=\"Passed\"><td>", closed);
        var permit = (await journey.StateAsync(filingId)).PermitNumber!;
        var (_, verification) = await journey.GetAsync(Reopen.Functions.Permits.PermitLinks.VerifyPath(permit));
        Assert.Contains("data-status=\"valid\"", verification);
    }

    [Fact]
    public async Task A_notice_nobody_answers_brings_a_supervision_order_to_the_street_s_head_then_closure_and_the_verification_page_says_suspended()
    {
        await using var journey = await StartAsync(azurite);
        var (filingId, _) = await ApprovedAsync(journey, SampleFilings.BelowScale("清河无声商行"));
        var task = await journey.Outbox.WaitForAsync(null, m => IsLookBack(m) && m.Body.Contains("清河无声商行"), "email");

        await journey.PostFormAsync(task.LinkTo("/api/inspections/"), Checklist(Checklists.For(Orchestrations.Filings.BusinessCategory.General),
            failed: ("five.supplies", "消毒液储备不足"), outcome: InspectionOutcome.RectificationNotice));

        var order = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Subject!.StartsWith("【督办单】", StringComparison.Ordinal), "email");
        Assert.Contains("消毒液储备不足", order.Body);
        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("责令停业"), "sms");
        var permit = (await journey.StateAsync(filingId)).PermitNumber!;
        var (_, verification) = await journey.GetAsync(Reopen.Functions.Permits.PermitLinks.VerifyPath(permit));
        Assert.Contains("data-status=\"suspended\"", verification);
    }

    private static (string Name, string Value)[] Checklist(IReadOnlyList<ChecklistSection> checklist, (string Code, string Note)? failed, InspectionOutcome outcome) =>
    [
        .. checklist.SelectMany(s => s.Items).SelectMany(i => i.Code == failed?.Code
            ? new[] { ("item:" + i.Code, "fail"), ("note:" + i.Code, failed.Value.Note) }
            : [("item:" + i.Code, "pass")]),
        ("outcome", outcome.ToString()),
    ];

    private static async Task<(string FilingId, string AccessCode)> ApprovedAsync(Journey journey, Reopen.Orchestrations.Filings.Filing filing)
    {
        var (filingId, accessCode) = await journey.SubmitAsync(filing);
        if (filing.Business.Category == "SmallRestaurant") await journey.ApproveAsync(Journey.Inspector, m => m.Body.Contains(filing.Business.Name));
        await journey.ApproveAsync(Journey.Secretary, m => m.Body.Contains(filing.Business.Name));
        await journey.ApproveAsync(Journey.Director, m => m.Body.Contains(filing.Business.Name));
        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("复工备案已通过"), "sms");
        return (filingId, accessCode);
    }
}
