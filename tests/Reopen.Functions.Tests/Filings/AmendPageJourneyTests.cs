using System.Net;
using System.Text.RegularExpressions;
using Reopen.Functions.Filings;
using Reopen.Functions.Tests.Approvals;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>
/// A returned filing amended by a person with a phone: from the SMS to the status page, its amend button, the form
/// pre-filled with the filing and the reason, and back to the approver with a new link. Links come from the dev outbox only.
/// </summary>
[Collection(JourneyCollection.Name)]
public class AmendPageJourneyTests(AzuriteFixture azurite)
{
    private const string Reason = "防控方案缺少<b>消毒频次</b>";
    private const string AddedToPlan = "二、每日消毒两次，记录在册。";

    [Fact]
    public async Task Returned_filing_amended_on_the_page_resumes_the_step_in_a_new_round_and_sends_a_new_link()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        var oldLink = await ReturnAsync(journey);

        var statusHtml = await OpenStatusPageFromSmsAsync(journey, filingId, accessCode);
        var amendButton = PageForm.Find(statusHtml, "/amend");
        var (amendPage, amendHtml) = await journey.PostFormAsync(amendButton.Action, amendButton.ToArray());
        var form = PageForm.Find(amendHtml, "/amend/submit");
        var prefilled = form.ToArray();
        var (done, doneHtml) = await journey.PostFormAsync(form.Action, form
            .Set("preventionPlan", form.Value("preventionPlan") + AddedToPlan)
            .Set("note", "已补充每日消毒频次。")
            .Set("business.creditCode", SampleFilings.NewCreditCode())
            .ToArray());

        Assert.Equal(HttpStatusCode.OK, amendPage.StatusCode);
        Assert.Contains("default-src 'none'", amendPage.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", amendHtml);
        Assert.Contains("防控方案缺少&lt;b&gt;消毒频次&lt;/b&gt;", amendHtml);
        Assert.Contains(("preventionPlan", "一、成立防控工作小组，总经理任组长。"), prefilled);
        Assert.Contains(("responsible.mobile", SampleFilings.ResponsibleMobile), prefilled);
        Assert.Contains(("fiveInPlace.planWritten", "on"), prefilled);
        Assert.Contains(("supplies.masks", "500"), prefilled);
        Assert.Contains(("accessCode", accessCode), prefilled);
        Assert.DoesNotContain(accessCode, form.Action);
        Assert.Contains("花名册共 3 人，将按原备案保留", amendHtml);
        Assert.Contains("审批路线信息（不可修改）", amendHtml);
        Assert.DoesNotContain(prefilled, f => f.Name.StartsWith("business.", StringComparison.Ordinal) && f.Name is not ("business.name" or "business.address"));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("修改已提交", doneHtml);
        Assert.Contains("data-status=\"Pending\"", doneHtml);
        Assert.Contains("（第2轮）", doneHtml);
        var state = await journey.StateAsync(filingId);
        Assert.Equal(ApprovalStatus.Pending, state.Status);
        Assert.Equal(2, state.CurrentStep!.Round);
        var stored = (await journey.App.GetRequiredService<FilingStore>().GetAsync(filingId))!;
        Assert.EndsWith(AddedToPlan, stored.Filing.PreventionPlan);
        Assert.Equal(3, stored.Roster.Count);
        Assert.Equal(state.Filing!.CreditCode, stored.Filing.Business.CreditCode);
        var amended = (await journey.Approvals.HistoryAsync(filingId)).Select(r => r.Event).OfType<FilingAmended>().Single();
        Assert.Equal("已补充每日消毒频次。", amended.Note);

        var newLink = await journey.Outbox.DecisionLinkAsync(Journey.Director, m => m.Links.All(l => l.Url != oldLink));
        var (fresh, freshHtml) = await journey.GetAsync(newLink);
        var (stale, staleHtml) = await journey.GetAsync(oldLink);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Contains(AddedToPlan, freshHtml);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("data-notice=\"superseded\"", staleHtml);
    }

    [Fact]
    public async Task Invalid_values_come_back_422_each_error_next_to_its_field_with_the_values_kept_and_nothing_changed()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        await ReturnAsync(journey);
        var form = await OpenAmendFormAsync(journey, filingId, accessCode);

        var (response, html) = await journey.PostFormAsync(form.Action, form
            .Set("preventionPlan", form.Value("preventionPlan") + AddedToPlan)
            .Set("responsible.mobile", "1381234")
            .Set("supplies.masks", "很多")
            .Uncheck("fiveInPlace.suppliesReady")
            .ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = Regex.Match(html, "<div class=\"card error\" role=\"alert\" data-errors=\"3\">.*?</div>", RegexOptions.Singleline).Value;
        Assert.Matches("data-field=\"responsible.mobile\".*data-field=\"fiveInPlace.suppliesReady\".*data-field=\"supplies.masks\"", summary);
        Assert.Matches("<input id=\"responsible.mobile\" name=\"responsible.mobile\"[^>]*value=\"1381234\" aria-invalid=\"true\"[^>]*>\\s*"
            + "<p id=\"responsible.mobile-error\" class=\"field-error\" data-field=\"responsible.mobile\"[^>]*>手机号码应为11位中国大陆手机号</p>", html);
        Assert.Matches("name=\"supplies.masks\"[^>]*>\\s*<p [^>]*data-field=\"supplies.masks\"[^>]*>请填写整数</p>", html);
        Assert.Matches("name=\"fiveInPlace.suppliesReady\"[^>]*>[^\\n]*</p>\\s*<p [^>]*data-field=\"fiveInPlace.suppliesReady\"[^>]*>防控物资须准备到位</p>", html);
        var kept = PageForm.Find(html, "/amend/submit");
        Assert.EndsWith(AddedToPlan, kept.Value("preventionPlan"));
        Assert.Equal("很多", kept.Value("supplies.masks"));
        Assert.False(kept.Has("fiveInPlace.suppliesReady"));
        var state = await journey.StateAsync(filingId);
        Assert.Equal(ApprovalStatus.Returned, state.Status);
        Assert.Equal(1, state.CurrentStep!.Round);
        var stored = (await journey.App.GetRequiredService<FilingStore>().GetAsync(filingId))!;
        Assert.DoesNotContain(AddedToPlan, stored.Filing.PreventionPlan);
        Assert.Equal(SampleFilings.ResponsibleMobile, stored.Filing.Responsible.Mobile);
    }

    [Fact]
    public async Task Wrong_code_gets_the_access_code_form_again_and_changes_nothing()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        await ReturnAsync(journey);
        var form = await OpenAmendFormAsync(journey, filingId, accessCode);

        var (opened, openedHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", "22222222"));
        var (submitted, submittedHtml) = await journey.PostFormAsync(form.Action, form
            .Set("accessCode", "22222222")
            .Set("preventionPlan", AddedToPlan)
            .ToArray());

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Contains("备案编号或访问码不正确", openedHtml);
        Assert.Contains("<form method=\"post\" action=\"/api/filings/" + filingId + "/status?lang=zh\"", openedHtml);
        Assert.DoesNotContain("防控工作方案", openedHtml);
        Assert.Equal(HttpStatusCode.NotFound, submitted.StatusCode);
        Assert.Contains("备案编号或访问码不正确", submittedHtml);
        Assert.Equal(ApprovalStatus.Returned, (await journey.StateAsync(filingId)).Status);
        var stored = (await journey.App.GetRequiredService<FilingStore>().GetAsync(filingId))!;
        Assert.NotEqual(AddedToPlan, stored.Filing.PreventionPlan);
    }

    [Fact]
    public async Task Filing_not_returned_has_no_amend_button_and_its_amend_form_is_a_readable_409_page_in_English_too()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());

        var (_, statusHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode));
        var (zh, zhHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", accessCode));
        var (en, enHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/amend?lang=en", ("accessCode", accessCode));
        var (submitted, _) = await journey.PostFormAsync($"/api/filings/{filingId}/amend/submit",
            ("accessCode", accessCode), ("preventionPlan", AddedToPlan));

        Assert.DoesNotContain("/amend", statusHtml);
        Assert.Equal(HttpStatusCode.Conflict, zh.StatusCode);
        Assert.Contains("只有被退回修改的备案才能修改", zhHtml);
        Assert.Contains("审批中", zhHtml);
        Assert.Equal(HttpStatusCode.Conflict, en.StatusCode);
        Assert.Contains("Only a filing returned for amendment can be amended.", enHtml);
        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        Assert.Equal(1, (await journey.StateAsync(filingId)).CurrentStep!.Round);
    }

    [Fact]
    public async Task Amend_form_speaks_English_with_lang_en_and_keeps_it_on_submit()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        await ReturnAsync(journey);

        var (_, html) = await journey.PostFormAsync($"/api/filings/{filingId}/amend?lang=en", ("accessCode", accessCode));
        var form = PageForm.Find(html, "/amend/submit");

        Assert.Contains("Amend the filing", html);
        Assert.Contains("Returned by", html);
        Assert.Contains("The roster of 3 people is kept as filed.", html);
        Assert.Contains("Prevention plan", html);
        Assert.Equal($"/api/filings/{filingId}/amend/submit?lang=en", form.Action);
    }

    /// <summary>The director returns the filing through the link in the email; returns that link.</summary>
    private static async Task<string> ReturnAsync(Journey journey)
    {
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Director);
        var (returned, html) = await journey.DecideAsync(link, "return", Reason);
        Assert.True(returned.StatusCode == HttpStatusCode.OK, html);
        return link;
    }

    /// <summary>Follows the SMS link to the status page and gives the access code, as the business would.</summary>
    private static async Task<string> OpenStatusPageFromSmsAsync(Journey journey, string filingId, string accessCode)
    {
        var sms = await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("修改"), channel: "sms");
        var (_, accessForm) = await journey.GetAsync(Assert.Single(sms.Links).Url);
        var form = PageForm.Find(accessForm, $"/api/filings/{filingId}/status").Set("accessCode", accessCode);
        var (response, html) = await journey.PostFormAsync(form.Action, form.ToArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-status=\"Returned\"", html);
        return html;
    }

    private static async Task<PageForm> OpenAmendFormAsync(Journey journey, string filingId, string accessCode)
    {
        var statusHtml = await OpenStatusPageFromSmsAsync(journey, filingId, accessCode);
        var start = PageForm.Find(statusHtml, "/amend");
        var (response, html) = await journey.PostFormAsync(start.Action, start.ToArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PageForm.Find(html, "/amend/submit");
    }
}
