using System.Net;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>The business's page: a form asks the access code (never in the URL), then shows where the filing is.</summary>
[Collection(FilingsCollection.Name)]
public class StatusPageTests(FilingsApp app)
{
    [Fact]
    public async Task Page_asks_for_the_access_code_in_Chinese_by_default_and_in_English_with_lang_en()
    {
        var (filingId, _) = await app.FileAsync(SampleFilings.BelowScale());

        var (zh, zhHtml) = await app.Client.GetPageAsync($"/api/filings/{filingId}/status");
        var (_, enHtml) = await app.Client.GetPageAsync($"/api/filings/{filingId}/status?lang=en");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        Assert.Equal("text/html", zh.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<form method=\"post\" action=\"/api/filings/" + filingId + "/status?lang=zh\"", zhHtml);
        Assert.Contains("name=\"accessCode\"", zhHtml);
        Assert.Contains("访问码", zhHtml);
        Assert.Contains("Access code", enHtml);
    }

    [Fact]
    public async Task Right_code_shows_status_holders_deadline_and_a_withdraw_button()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (response, html) = await PostAsync(filingId, ("accessCode", accessCode));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("清源鲜果批发行", html);
        Assert.Contains("data-status=\"Pending\"", html);
        Assert.Contains("审批中", html);
        Assert.Contains("class=\"card current-step\" data-step=\"street-co-sign\"", html);
        Assert.Contains("办理时限", html);
        Assert.Contains("北京时间", html);
        Assert.Contains("name=\"action\" value=\"withdraw\"", html);
        Assert.DoesNotContain(".gov.example", html);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Wrong_code_and_unknown_id_answer_404_as_the_API_does_with_the_form_again_and_the_same_message()
    {
        var (filingId, _) = await app.FileAsync(SampleFilings.BelowScale());

        var (wrong, wrongHtml) = await PostAsync(filingId, ("accessCode", "22222222"));
        var (unknown, unknownHtml) = await PostAsync("F260101AAAAAAAAAA", ("accessCode", "22222222"));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", wrong.Content.Headers.ContentType!.MediaType);
        Assert.Contains("备案编号或访问码不正确", wrongHtml);
        Assert.Contains("备案编号或访问码不正确", unknownHtml);
        Assert.Contains("name=\"accessCode\"", wrongHtml);
        Assert.DoesNotContain("清源鲜果批发行", wrongHtml);
    }

    [Fact]
    public async Task A_filing_locked_out_by_wrong_codes_answers_429_with_the_form_and_says_why_in_each_language()
    {
        await using var limited = await ReopenTestApp.StartAsync(app.Azurite, o => o.Settings["Reopen:Filings:AccessCodeAttemptsPerFiling"] = "1");
        var (filingId, accessCode) = await limited.FileAsync();

        var (wrong, _) = await limited.Client.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", "22222222"));
        var (zh, zhHtml) = await limited.Client.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode));
        var (en, enHtml) = await limited.Client.PostFormAsync($"/api/filings/{filingId}/status?lang=en", ("accessCode", accessCode));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, zh.StatusCode);
        Assert.Equal("text/html", zh.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(zh.Headers.RetryAfter?.Delta);
        Assert.Contains("访问码错误次数过多，请稍后再试。", zhHtml);
        Assert.Contains("name=\"accessCode\"", zhHtml);
        Assert.DoesNotContain("清源鲜果批发行", zhHtml);
        Assert.Equal(HttpStatusCode.TooManyRequests, en.StatusCode);
        Assert.Contains("Too many wrong access codes. Try again later.", enHtml);
        Assert.DoesNotContain("访问码错误", enHtml);
    }

    [Fact]
    public async Task Withdraw_button_asks_for_confirmation_then_withdraws()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (_, confirmHtml) = await PostAsync(filingId, ("accessCode", accessCode), ("action", "withdraw"));
        var stillPending = (await app.Approvals.GetAsync(filingId))!.State.Status;
        var (_, doneHtml) = await PostAsync(filingId, ("accessCode", accessCode), ("action", "confirm-withdraw"), ("reason", "改期复工"));

        Assert.Contains("确定撤回", confirmHtml);
        Assert.Contains("name=\"action\" value=\"confirm-withdraw\"", confirmHtml);
        Assert.Equal(ApprovalStatus.Pending, stillPending);
        Assert.Contains("备案已撤回", doneHtml);
        Assert.Contains("data-status=\"Withdrawn\"", doneHtml);
        Assert.Contains("改期复工", doneHtml);
        Assert.DoesNotContain("value=\"withdraw\"", doneHtml);
    }

    [Fact]
    public async Task Approved_filing_page_links_the_permit_and_its_placard_in_English()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        await app.DecideCurrentStepAsync(filingId, Verdict.Approve);

        var (_, html) = await PostAsync(filingId, "?lang=en", ("accessCode", accessCode));

        Assert.Contains("Approved", html);
        Assert.Matches("href=\"http://127\\.0\\.0\\.1:[0-9]+/api/permits/QH-[0-9A-Z]{8}\"", html);
        Assert.Matches("href=\"http://127\\.0\\.0\\.1:[0-9]+/api/permits/QH-[0-9A-Z]{8}/placard\"", html);
        Assert.Contains("Print the placard", html);
    }

    private Task<(HttpResponseMessage Response, string Html)> PostAsync(string filingId, params (string Name, string Value)[] fields) =>
        PostAsync(filingId, "", fields);

    private Task<(HttpResponseMessage Response, string Html)> PostAsync(string filingId, string query, params (string Name, string Value)[] fields) =>
        app.Client.PostFormAsync($"/api/filings/{filingId}/status{query}", fields);
}
