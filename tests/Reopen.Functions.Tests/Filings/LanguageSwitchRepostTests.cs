using System.Net;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>Pages shown after the access code switch language by posting the code again, never by a link that drops it.</summary>
[Collection(FilingsCollection.Name)]
public class LanguageSwitchRepostTests(FilingsApp app)
{
    [Fact]
    public async Task Status_page_language_switch_posts_the_access_code_and_shows_the_English_status_page()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        var (_, zhHtml) = await app.Client.PostFormAsync($"/api/filings/{filingId}/status?lang=zh", ("accessCode", accessCode));

        var languageSwitch = PageForm.Find(zhHtml, $"/status?lang=en");
        var (response, enHtml) = await app.Client.PostFormAsync(languageSwitch.Action, languageSwitch.ToArray());

        Assert.Contains("<form method=\"post\" action=\"/api/filings/" + filingId + "/status?lang=en\" class=\"lang-switch-form\">", zhHtml);
        Assert.DoesNotContain("href=\"/api/filings/" + filingId + "/status?lang=en\"", zhHtml);
        Assert.Equal([("accessCode", accessCode)], languageSwitch.Fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", enHtml);
        Assert.Contains("data-status=\"Pending\"", enHtml);
        Assert.Contains("Current step", enHtml);
        Assert.DoesNotContain("class=\"card access-form\"", enHtml);
        Assert.Contains("action=\"/api/filings/" + filingId + "/status?lang=zh\" class=\"lang-switch-form\"", enHtml);
    }

    [Fact]
    public async Task Status_page_reached_from_the_home_lookup_switches_on_its_own_address()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (_, html) = await app.Client.PostFormAsync("/api/filings/status?lang=zh", ("filingId", filingId), ("accessCode", accessCode));

        Assert.Equal([("accessCode", accessCode)], PageForm.Find(html, $"/api/filings/{filingId}/status?lang=en").Fields);
    }

    [Fact]
    public async Task Amend_page_language_switch_reopens_the_amend_page_in_English_with_the_code_posted()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充消毒记录");
        var (_, zhHtml) = await app.Client.PostFormAsync($"/api/filings/{filingId}/amend?lang=zh", ("accessCode", accessCode));

        var languageSwitch = PageForm.Find(zhHtml, "?lang=en");
        var (response, enHtml) = await app.Client.PostFormAsync(languageSwitch.Action, languageSwitch.ToArray());

        Assert.Equal($"/api/filings/{filingId}/amend?lang=en", languageSwitch.Action);
        Assert.Equal([("accessCode", accessCode)], languageSwitch.Fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", enHtml);
        Assert.Contains("class=\"card amend-form\"", enHtml);
        Assert.Contains("请补充消毒记录", enHtml);
    }

    [Fact]
    public async Task Access_code_in_the_switch_is_encoded_and_never_in_a_url()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (_, html) = await app.Client.PostFormAsync($"/api/filings/{filingId}/status", ("accessCode", accessCode));

        Assert.DoesNotContain("accessCode=", html);
        Assert.DoesNotContain("?" + accessCode, html);
        Assert.Contains($"<input type=\"hidden\" name=\"accessCode\" value=\"{accessCode}\">", html);
    }
}
