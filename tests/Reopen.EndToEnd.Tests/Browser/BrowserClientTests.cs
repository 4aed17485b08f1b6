using Reopen.EndToEnd.Tests.App;

namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>The WebDriver client itself against a page that already exists, so a broken browser set-up is told apart from a broken feature.</summary>
public sealed class BrowserClientTests(ReopenInBrowserFixture fixture) : IClassFixture<ReopenInBrowserFixture>
{
    [Fact]
    public async Task Filtering_the_dev_outbox_by_a_typed_recipient_shows_it_in_the_address_and_the_form()
    {
        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(Filtering_the_dev_outbox_by_a_typed_recipient_shows_it_in_the_address_and_the_form), async () =>
        {
            await browser.GoToAsync(new Uri(fixture.App.BaseAddress, "/dev/outbox").AbsoluteUri);
            Assert.Contains("开发发件箱", await browser.TitleAsync());

            await (await browser.FindAsync("input#to")).TypeAsync("13800138000");
            await (await browser.FindAsync("form button, form input[type=submit]")).ClickAsync();

            await WaitUntilAsync(async () => (await browser.UrlAsync()).Contains("to=13800138000", StringComparison.Ordinal));
            Assert.Equal("13800138000", await (await browser.FindAsync("input#to")).AttributeAsync("value"));
            Assert.Contains("还没有消息", await browser.VisibleTextAsync());
        });
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold within 10 s.");
            await Task.Delay(100);
        }
    }
}
