using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>Runs a browser test body; on failure keeps a screenshot and the page source under TestResults/end-to-end.</summary>
public static class FailureEvidence
{
    public static async Task RecordOnFailureAsync(this BrowserSession browser, string testName, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception failure)
        {
            var saved = await TrySaveAsync(browser, testName);
            throw new BrowserTestFailedException($"{failure.Message}\n{saved}", failure);
        }
    }

    private static async Task<string> TrySaveAsync(BrowserSession browser, string testName)
    {
        try
        {
            var folder = Path.Combine(RepoRoot.Find(), "TestResults", "end-to-end");
            Directory.CreateDirectory(folder);
            var stem = Path.Combine(folder, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
            var url = await browser.UrlAsync();
            await File.WriteAllBytesAsync(stem + ".png", await browser.ScreenshotAsync());
            await File.WriteAllTextAsync(stem + ".html", $"<!-- {url} -->\n" + await browser.PageSourceAsync());
            return $"Browser was at {url}; screenshot {stem}.png, page source {stem}.html";
        }
        catch (Exception e)
        {
            return $"(No screenshot: {e.Message})";
        }
    }
}

/// <summary>A browser test's failure, with where its screenshot and page source were saved.</summary>
public sealed class BrowserTestFailedException(string message, Exception inner) : Exception(message, inner);
