using System.Net;
using System.Text.RegularExpressions;
using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Supervision;

/// <summary>An inspection nobody scheduled: from the patrol link in an inspector's task email (fast policy).</summary>
[Collection(JourneyCollection.Name)]
public sealed class PatrolTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task On_patrol_a_permitted_business_gets_a_checklist_and_one_without_a_permit_gets_a_numbered_closure_order_its_approvers_see_when_it_files()
    {
        await using var journey = await Journey.StartAsync(azurite, o => o.Settings["Reopen:Policy"] = "fast");
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清河巡查便利店"));
        await journey.ApproveAsync(Journey.Secretary, m => m.Body.Contains("清河巡查便利店"));
        await journey.ApproveAsync(Journey.Director, m => m.Body.Contains("清河巡查便利店"));
        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("复工备案已通过"), "sms");
        var permit = (await journey.StateAsync(filingId)).PermitNumber!;
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        await journey.App.GetRequiredService<FollowUpSweep>().RunAsync(default);
        var task = await journey.Outbox.WaitForAsync(null, m => m.IdempotencyKey == $"followup|{filingId}|lookback-1|email", "email");
        var patrol = task.LinkTo("/api/patrols/");

        var (form, page) = await journey.GetAsync(patrol);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var (started, _) = await journey.PostFormAsync(patrol, ("permitNumber", permit));
        Assert.Equal(HttpStatusCode.SeeOther, started.StatusCode);
        var checklist = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/inspections/", checklist);
        var (shown, html) = await journey.GetAsync(checklist);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("日常巡查", html);
        Assert.Contains("清河巡查便利店", html);

        var (unapproved, notice) = await journey.PostFormAsync(patrol, ("name", "无证夜市摊"), ("address", "清河区清源路99号"), ("mobile", "13700137000"));
        Assert.Equal(HttpStatusCode.OK, unapproved.StatusCode);
        Assert.Contains("data-notice=\"unapproved\"", notice);
        var number = Regex.Match(notice, "data-order=\"(GT-[A-Z0-9]+-\\d{8}-[0-9A-F]{6})\"").Groups[1].Value;
        Assert.NotEmpty(number);
        Assert.Contains($"data-document=\"ClosureOrder\" data-number=\"{number}\"", notice);
        Assert.Contains("责令停业通知书", notice);
        var sms = await journey.Outbox.WaitForAsync("13700137000", m => m.Body.Contains("擅自营业"), "sms");
        Assert.Contains("/api", sms.Body);
        Assert.Contains(number, sms.Body);

        // The same patrol submitted again is the same order, and the operator is not texted twice.
        var (again, repeated) = await journey.PostFormAsync(patrol, ("name", " 无证夜市摊 "), ("address", "清河区清源路99号"), ("mobile", "13700137000"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"data-order=\"{number}\"", repeated);
        Assert.Single(await journey.Outbox.ListAsync("13700137000", "sms"));

        var orderPath = $"{new Uri(patrol).AbsolutePath}/orders/{number}";
        var (printed, sheet) = await journey.GetAsync(orderPath + "?lang=en");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Contains("Closure order", sheet);
        Assert.Contains("无证夜市摊", sheet);
        Assert.DoesNotContain("13700137000", sheet);
        var (unknown, _) = await journey.GetAsync($"{new Uri(patrol).AbsolutePath}/orders/GT-QH01-20200101-000000");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // When the business files, its approvers see that it traded before approval.
        await journey.FileAsync(SampleFilings.BelowScale("无证夜市摊"));
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary, m => m.Body.Contains("无证夜市摊"));
        var (decision, decisionPage) = await journey.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Contains("data-closure-orders=\"1\"", decisionPage);
        Assert.Contains($"data-order=\"{number}\"", decisionPage);
        await journey.FileAsync(SampleFilings.BelowScale("清河守规小店"));
        var (other, otherPage) = await journey.GetAsync(await journey.Outbox.DecisionLinkAsync(Journey.Secretary, m => m.Body.Contains("清河守规小店")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("data-closure-orders", otherPage);

        var (missing, _) = await journey.PostFormAsync(patrol, ("mobile", "123"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var (tampered, _) = await journey.GetAsync(patrol[..^3] + "AAA");
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
    }
}
