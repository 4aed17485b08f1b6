using Reopen.EndToEnd.Tests.Browser;

namespace Reopen.EndToEnd.Tests.Decisions;

/// <summary>The decision page an official reaches from the link in the email, operated as a person would: choose, type, submit.</summary>
public sealed class DecisionPage(BrowserSession browser)
{
    public static async Task<DecisionPage> OpenAsync(BrowserSession browser, string link)
    {
        await browser.GoToAsync(link);
        var page = new DecisionPage(browser);
        await page.FormAsync();
        return page;
    }

    /// <summary>The verdict as the form's radio buttons name it: approve, reject or return.</summary>
    public async Task ChooseAsync(string verdict) =>
        await (await browser.FindAsync($"form input[type=radio][name=verdict][value={verdict}]")).ClickAsync();

    public async Task<bool> IsChosenAsync(string verdict) =>
        await (await browser.FindAsync($"form input[type=radio][name=verdict][value={verdict}]")).IsSelectedAsync();

    public async Task TypeReasonAsync(string reason) => await (await browser.FindAsync("form textarea[name=reason]")).TypeAsync(reason);

    /// <summary>Submits the form and waits for the page it leads to.</summary>
    public async Task SubmitAsync()
    {
        var form = await FormAsync();
        await (await browser.FindAsync("form[method=post] button[type=submit]")).ClickAsync();
        await WaitForNavigationFromAsync(form);
    }

    private Task<PageElement> FormAsync() => browser.FindAsync("form[method=post]");

    // The old page's form goes stale once the browser has loaded the answer to the post; mid-navigation Chromium may
    // instead say the node no longer belongs to the document.
    private async Task WaitForNavigationFromAsync(PageElement oldForm)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await oldForm.TextAsync();
            }
            catch (WebDriverException e) when (e.Error is "stale element reference" or "no such element"
                || e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Submitting the decision form did not load a new page within 15 s (still at {await browser.UrlAsync()}).");
    }
}
