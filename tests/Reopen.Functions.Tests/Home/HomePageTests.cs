using System.Net;
using Reopen.Functions.Tests.Filings;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Home;

/// <summary>The public entry point at /api: what the service is, a filing's progress by number and code, a permit by its number.</summary>
[Collection(FilingsCollection.Name)]
public class HomePageTests(FilingsApp app)
{
    [Fact]
    public async Task Home_page_speaks_Chinese_by_default_and_English_with_lang_en_and_offers_both_lookups()
    {
        var (zh, zhHtml) = await app.Client.GetPageAsync("/api");
        var (slash, _) = await app.Client.GetPageAsync("/api/");
        var (_, enHtml) = await app.Client.GetPageAsync("/api?lang=en");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, slash.StatusCode);
        Assert.Equal("text/html", zh.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", zhHtml);
        Assert.Contains("清河区复工复产备案", zhHtml);
        Assert.Contains("查询备案进度", zhHtml);
        Assert.Contains("核验复工许可", zhHtml);
        Assert.Contains("<form method=\"post\" action=\"/api/filings/status?lang=zh\"", zhHtml);
        Assert.Contains("<form method=\"get\" action=\"/api/permits/lookup\"", zhHtml);
        Assert.Contains("href=\"/api/openapi/v1.json\"", zhHtml);
        Assert.Contains("<html lang=\"en\">", enHtml);
        Assert.Contains("Check a filing&#x27;s progress", enHtml);
        Assert.Contains("Verify a reopening permit", enHtml);
        Assert.Contains("<form method=\"post\" action=\"/api/filings/status?lang=en\"", enHtml);
        Assert.Equal(["filingId", "accessCode"], PageForm.Find(enHtml, "/api/filings/status").Fields.Select(f => f.Name));
        Assert.Equal(["lang", "number"], PageForm.Find(enHtml, "/api/permits/lookup").Fields.Select(f => f.Name));
        Assert.Equal("en", PageForm.Find(enHtml, "/api/permits/lookup").Value("lang"));
    }

    [Fact]
    public async Task The_standalone_host_s_root_leads_to_the_home_page()
    {
        var (response, _) = await app.Client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Filing_lookup_with_the_right_code_shows_the_status_page_even_typed_in_lower_case()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        var (_, home) = await app.Client.GetPageAsync("/api");
        var form = PageForm.Find(home, "/api/filings/status").Set("filingId", $" {filingId.ToLowerInvariant()} ").Set("accessCode", accessCode);

        var (response, html) = await app.Client.PostFormAsync(form.Action, form.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("清源鲜果批发行", html);
        Assert.Contains("data-status=\"Pending\"", html);
        Assert.Contains($"<td>{filingId}</td>", html);
        Assert.Contains("name=\"action\" value=\"withdraw\"", html);
    }

    [Fact]
    public async Task Filing_lookup_with_a_wrong_code_shows_the_lookup_form_again_with_the_status_pages_message()
    {
        var (filingId, _) = await app.FileAsync(SampleFilings.BelowScale());

        var (response, html) = await app.Client.PostFormAsync("/api/filings/status?lang=zh", ("filingId", filingId), ("accessCode", "22222222"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("备案编号或访问码不正确", html);
        Assert.DoesNotContain("清源鲜果批发行", html);
        Assert.Equal(filingId, PageForm.Find(html, "/api/filings/status").Value("filingId"));
        Assert.Equal("", PageForm.Find(html, "/api/filings/status").Value("accessCode"));
    }

    [Fact]
    public async Task Filing_lookup_with_a_malformed_number_says_so_and_keeps_what_was_typed_encoded()
    {
        var (response, html) = await app.Client.PostFormAsync("/api/filings/status?lang=en", ("filingId", "F26<b>x\"y"), ("accessCode", "22222222"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("That is not a filing number", html);
        Assert.Contains("value=\"F26&lt;b&gt;x&quot;y\"", html);
        Assert.DoesNotContain("<b>x", html);
    }

    [Fact]
    public async Task Filing_lookup_is_held_to_the_same_wrong_code_limit()
    {
        await using var limited = await ReopenTestApp.StartAsync(app.Azurite, o => o.Settings["Reopen:Filings:AccessCodeAttemptsPerMinute"] = "1");
        using var created = await limited.Client.SendAsync(FilingsApp.Submission(SampleFilings.BelowScale()));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var (filingId, accessCode) = (body["filingId"]!.GetValue<string>(), body["accessCode"]!.GetValue<string>());

        var (wrong, _) = await limited.Client.PostFormAsync("/api/filings/status", ("filingId", filingId), ("accessCode", "WRONG222"));
        var (right, html) = await limited.Client.PostFormAsync("/api/filings/status", ("filingId", filingId), ("accessCode", accessCode));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("访问码错误次数过多", html);
        Assert.Contains("action=\"/api/filings/status?lang=zh\"", html);
    }

    [Fact]
    public async Task Permit_lookup_answers_303_to_the_verification_page_for_the_full_number_and_for_its_key()
    {
        var (filingId, _) = await app.FileAsync(SampleFilings.BelowScale());
        var permitNumber = (await app.DecideCurrentStepAsync(filingId, Verdict.Approve)).PermitNumber!;
        var key = permitNumber[(permitNumber.IndexOf('〕') + 1)..];

        var (full, _) = await app.Client.GetPageAsync("/api/permits/lookup?lang=zh&number=" + Uri.EscapeDataString($" {permitNumber} "));
        var (shortForm, _) = await app.Client.GetPageAsync("/api/permits/lookup?number=" + Uri.EscapeDataString($" {key.ToLowerInvariant()}"));
        var page = await VerificationPageAsync(shortForm.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, full.StatusCode);
        Assert.Equal($"/api/permits/{key}?lang=zh", full.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, shortForm.StatusCode);
        Assert.Equal($"/api/permits/{key}", shortForm.Headers.Location!.OriginalString);
        Assert.Contains("清源鲜果批发行", page);
        Assert.Contains(permitNumber, page);
    }

    [Fact]
    public async Task Permit_lookup_with_a_malformed_number_shows_the_form_again_with_a_message()
    {
        var (response, html) = await app.Client.GetPageAsync("/api/permits/lookup?lang=en&number=" + Uri.EscapeDataString("复工〔2026〕QH/<x>"));
        var (empty, emptyHtml) = await app.Client.GetPageAsync("/api/permits/lookup?number=");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("That is not a permit number", html);
        Assert.Equal("复工〔2026〕QH/<x>", PageForm.Find(html, "/api/permits/lookup").Value("number"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("许可编号格式不正确", emptyHtml);
    }

    // The register is written by the approval's effect, which may land a moment after the decision.
    private async Task<string> VerificationPageAsync(string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var (response, html) = await app.Client.GetPageAsync(url);
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline) return html;
            await Task.Delay(200);
        }
    }
}
