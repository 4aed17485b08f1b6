namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>An element of the current page, as WebDriver names it; stale once the page changes.</summary>
public sealed class PageElement
{
    // The W3C spec's fixed key for element references.
    internal const string ReferenceKey = "element-6066-11e4-a52e-4f735466cecf";

    private readonly WebDriverWire _wire;
    private readonly string _path;

    internal PageElement(WebDriverWire wire, string sessionPath, string id, string selector)
    {
        _wire = wire;
        _path = $"{sessionPath}/element/{id}";
        Selector = selector;
    }

    public string Selector { get; }

    public async Task ClickAsync() => await _wire.PostAsync($"{_path}/click", new { });

    public async Task TypeAsync(string text) => await _wire.PostAsync($"{_path}/value", new { text });

    /// <summary>The rendered text, as a person sees it.</summary>
    public async Task<string> TextAsync() => (await _wire.GetAsync($"{_path}/text"))?.GetValue<string>() ?? "";

    /// <summary>A DOM attribute as written in the HTML (null when absent).</summary>
    public async Task<string?> AttributeAsync(string name) => (await _wire.GetAsync($"{_path}/attribute/{name}"))?.GetValue<string>();

    public async Task<bool> IsSelectedAsync() => (await _wire.GetAsync($"{_path}/selected"))?.GetValue<bool>() ?? false;
}
