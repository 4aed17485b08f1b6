namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>Where Debian's chromium and chromium-driver live; a clear failure (not a skip) when they are missing.</summary>
public static class BrowserInstallation
{
    private const string InstallHint =
        "The browser tests need Debian's Chromium and its driver: run `apt-get install -y --no-install-recommends chromium chromium-driver` " +
        "as root (.ci/run does this in CI).";

    public static string ChromeDriverPath() => Find("chromedriver", "/usr/bin/chromedriver");

    public static string ChromiumPath() => Find("chromium", "/usr/bin/chromium");

    private static string Find(string name, string usual)
    {
        if (File.Exists(usual)) return usual;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException($"{name} was not found at {usual} nor on PATH. {InstallHint}");
    }
}
