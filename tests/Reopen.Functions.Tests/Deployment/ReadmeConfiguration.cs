using System.Text.RegularExpressions;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Deployment;

/// <summary>The settings README.md's Configuration table documents: every `name` in the first column of its rows.</summary>
public static partial class ReadmeConfiguration
{
    public static IReadOnlyList<SettingName> Documented()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Find(), "README.md"));
        var section = lines.SkipWhile(l => l.Trim() != "## Configuration").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        return [.. section
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Skip(1) // the header row
            .Select(l => l.Split('|')[1])
            .SelectMany(cell => Code().Matches(cell).Select(m => m.Groups[1].Value))
            .Select(name => new SettingName(name))];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
