using System.Text.Json.Nodes;

namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>
/// One headless Chromium window driven over chromedriver's W3C WebDriver API, with a fresh profile
/// (no cookies, no cache) that is deleted with the session.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan FindTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpClient _http;
    private readonly WebDriverWire _wire;
    private readonly string _path;
    private readonly string _profile;

    private BrowserSession(HttpClient http, WebDriverWire wire, string sessionId, string profile)
    {
        _http = http;
        _wire = wire;
        _path = $"session/{sessionId}";
        _profile = profile;
    }

    public static async Task<BrowserSession> OpenAsync(ChromeDriverServer driver)
    {
        var profile = Directory.CreateTempSubdirectory("reopen-chromium-").FullName;
        // Chromium's first start can be slow on a busy machine.
        var http = new HttpClient { BaseAddress = driver.Address, Timeout = TimeSpan.FromSeconds(90) };
        var wire = new WebDriverWire(http);
        try
        {
            var created = await wire.PostAsync("session", NewSessionRequest(profile));
            var sessionId = created?["sessionId"]?.GetValue<string>()
                ?? throw new WebDriverException("session not created", $"no session id in {created}");
            var session = new BrowserSession(http, wire, sessionId, profile);
            await wire.PostAsync($"{session._path}/timeouts", new { @implicit = 0, pageLoad = 30_000, script = 10_000 });
            return session;
        }
        catch (Exception e)
        {
            http.Dispose();
            DeleteProfile(profile);
            throw new InvalidOperationException($"Chromium did not start through chromedriver: {e.Message}\nchromedriver output:\n{driver.Output}", e);
        }
    }

    private static object NewSessionRequest(string profile) => new JsonObject
    {
        ["capabilities"] = new JsonObject
        {
            ["alwaysMatch"] = new JsonObject
            {
                ["browserName"] = "chrome",
                ["pageLoadStrategy"] = "normal",
                ["goog:chromeOptions"] = new JsonObject
                {
                    ["binary"] = BrowserInstallation.ChromiumPath(),
                    ["args"] = new JsonArray(
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=zh-CN", $"--user-data-dir={profile}"),
                    // The district's officials browse in Chinese: the app picks the page language from Accept-Language.
                    ["prefs"] = new JsonObject { ["intl.accept_languages"] = "zh-CN,zh" },
                },
            },
        },
    };

    public async Task GoToAsync(string url) => await _wire.PostAsync($"{_path}/url", new { url });

    public async Task<string> UrlAsync() => (await _wire.GetAsync($"{_path}/url"))?.GetValue<string>() ?? "";

    public async Task<string> TitleAsync() => (await _wire.GetAsync($"{_path}/title"))?.GetValue<string>() ?? "";

    /// <summary>The current DOM serialized as HTML.</summary>
    public async Task<string> PageSourceAsync() => (await _wire.GetAsync($"{_path}/source"))?.GetValue<string>() ?? "";

    /// <summary>The page's visible text.</summary>
    public async Task<string> VisibleTextAsync() => await (await FindAsync("body")).TextAsync();

    /// <summary>The first element matching a CSS selector, waiting for it to appear (pages load after clicks).</summary>
    public async Task<PageElement> FindAsync(string css)
    {
        var deadline = DateTime.UtcNow + FindTimeout;
        while (true)
        {
            var found = await FindAllAsync(css);
            if (found.Count > 0) return found[0];
            if (DateTime.UtcNow > deadline)
                throw new WebDriverException("no such element", $"nothing matches `{css}` on {await UrlAsync()} after {FindTimeout.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Every element matching a CSS selector now, without waiting.</summary>
    public async Task<IReadOnlyList<PageElement>> FindAllAsync(string css)
    {
        var found = await _wire.PostAsync($"{_path}/elements", new { @using = "css selector", value = css });
        return found?.AsArray()
            .Select(e => new PageElement(_wire, _path, e![PageElement.ReferenceKey]!.GetValue<string>(), css))
            .ToArray() ?? [];
    }

    public async Task<byte[]> ScreenshotAsync() =>
        Convert.FromBase64String((await _wire.GetAsync($"{_path}/screenshot"))?.GetValue<string>() ?? "");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _wire.DeleteAsync(_path);
        }
        catch (Exception e) when (e is WebDriverException or HttpRequestException or TaskCanceledException)
        {
            // The driver is going away with the fixture anyway.
        }
        _http.Dispose();
        DeleteProfile(_profile);
    }

    private static void DeleteProfile(string profile)
    {
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
