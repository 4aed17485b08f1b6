using System.Text.RegularExpressions;

namespace Reopen.Functions.Tests.Deployment;

/// <summary>
/// One setting however it is written: an app setting or environment variable (<c>Reopen__Policy</c>), a configuration
/// key (<c>Reopen:Policy</c>), a command-line switch (<c>--urls</c>), a host variable with its prefix
/// (<c>ASPNETCORE_URLS</c> is read as <c>urls</c>), in any case. <c>{Name}</c> in a documented name stands for one segment.
/// </summary>
public sealed partial class SettingName
{
    private readonly Regex _pattern;

    public SettingName(string written)
    {
        Written = written;
        Key = Normalize(written);
        _pattern = new Regex("^" + Placeholder().Replace(Regex.Escape(Key), "[^:]+") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Written { get; }

    /// <summary>As the configuration looks it up: ":"-separated, without a host prefix.</summary>
    public string Key { get; }

    public bool Matches(string key) => _pattern.IsMatch(Normalize(key));

    public override string ToString() => Written;

    private static string Normalize(string written)
    {
        var key = written.Trim().TrimStart('-').Replace("__", ":", StringComparison.Ordinal);
        foreach (var prefix in (string[])["ASPNETCORE_", "DOTNET_"])
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return key[prefix.Length..];
        return key;
    }

    // Regex.Escape turns "{Function}" into "\{Function}".
    [GeneratedRegex(@"\\\{[^}]+\}")]
    private static partial Regex Placeholder();
}
