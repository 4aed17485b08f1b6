using Reopen.EndToEnd.Tests.Browser;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.App;

/// <summary>
/// For one test class: its own Azurite, the real app on Kestrel (fast policy, Development so the dev outbox exists,
/// timers idle so nothing escalates behind a test's back) and a chromedriver. Each test opens its own browser.
/// </summary>
public sealed class ReopenInBrowserFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private ReopenTestApp? _app;
    private ChromeDriverServer? _driver;

    public ReopenTestApp App => _app ?? throw new InvalidOperationException("The app has not started yet.");

    public ChromeDriverServer Driver => _driver ?? throw new InvalidOperationException("chromedriver has not started yet.");

    public DevOutboxReader Outbox => new(App.Client);

    public FilingsApi Filings => new(App.Client);

    public async Task InitializeAsync()
    {
        // First, so that a machine without Chromium fails at once and starts nothing else.
        _driver = await ChromeDriverServer.StartAsync();
        await _azurite.InitializeAsync();
        _app = await ReopenTestApp.StartAsync(_azurite, options =>
        {
            options.Environment = "Development";
            options.Settings["Reopen:Policy"] = "fast";
        });
    }

    public Task<BrowserSession> OpenBrowserAsync() => BrowserSession.OpenAsync(Driver);

    public async Task DisposeAsync()
    {
        if (_driver is not null) await _driver.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
