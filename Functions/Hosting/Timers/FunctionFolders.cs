using System.Text.Json;

namespace Reopen.Functions.Hosting.Timers;

/// <summary>The function folders beside host.json (one function.json each), read the way the Functions host reads them.</summary>
public static class FunctionFolders
{
    public const string HostFile = "host.json";
    public const string FunctionFile = "function.json";

    /// <summary>The content root (source folder under <c>dotnet run</c>, app folder in Azure), else the binaries' folder.</summary>
    public static string FindRoot(IHostEnvironment environment)
    {
        foreach (var candidate in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            if (File.Exists(Path.Combine(candidate, HostFile))) return candidate;
        }
        throw new InvalidOperationException(
            $"No {HostFile} in {environment.ContentRootPath} or {AppContext.BaseDirectory}: the function folders cannot be found.");
    }

    /// <summary>Function name → NCRONTAB expression, for every function whose bindings hold a timerTrigger.</summary>
    public static IReadOnlyDictionary<string, string> ReadTimerSchedules(string root)
    {
        var schedules = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var file = Path.Combine(folder, FunctionFile);
            if (!File.Exists(file)) continue;
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.TryGetProperty("type", out var type) && type.GetString() == "timerTrigger" &&
                    binding.TryGetProperty("schedule", out var schedule) && schedule.GetString() is { } expression)
                {
                    schedules[Path.GetFileName(folder)] = expression;
                }
            }
        }
        return schedules;
    }
}
