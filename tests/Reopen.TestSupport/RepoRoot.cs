namespace Reopen.TestSupport;

/// <summary>The checkout root: the nearest folder above the test binaries that holds ReopenFunctions.sln.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReopenFunctions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No ReopenFunctions.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The build configuration of the running tests (their binaries sit in bin/&lt;Configuration&gt;/&lt;framework&gt;/).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
