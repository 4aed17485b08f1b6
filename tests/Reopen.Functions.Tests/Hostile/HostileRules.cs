using System.Text.Json;
using Azure.Data.Tables;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>What every hostile case must keep, whatever it sent.</summary>
public static class HostileRules
{
    /// <summary>
    /// Rows a refused request may write: the per-filing guess budget (issue 6, defect 6) counts wrong access codes in the
    /// filing's own partition (RowKey "access-guesses"), which is the point of a refusal, not a leak of one.
    /// </summary>
    public static bool ChangesLegitimatelyOnRefusal(string table, TableEntity row) => table == "Filings" && row.RowKey == "access-guesses";

    /// <summary>Every broken rule for one answer, one line each.</summary>
    public static IEnumerable<string> Broken(HostileCase hostile, HostileAnswer answer)
    {
        var request = answer.Request;
        if (answer.Status >= 500) yield return $"5xx: {answer}";
        if (answer.Status == 0 && request.DeclaredLength is null) yield return $"no answer: {answer}";
        if (answer.Status >= 400 && IsUnderApi(request.Path) && !hostile.RefusedByServer && !RefusedByKestrel(request))
        {
            if (request.AsksForHtml && !hostile.ApiOnly)
            {
                if (answer.MediaType != "text/html") yield return $"a browser's refusal is not a page: {answer}";
            }
            else if (ProblemStatus(answer) is not { } status || status != answer.Status)
            {
                yield return $"an /api refusal is not ProblemDetails with its status: {answer}";
            }
        }
        if (answer.MediaType == "text/html")
            foreach (var marker in HostileFilings.Markers.Where(m => answer.Body.Contains(m, StringComparison.OrdinalIgnoreCase)))
                yield return $"markup shown unescaped ({marker}): {answer.Request}";
    }

    // Kestrel answers a NUL anywhere in the decoded path with an empty 400 before any middleware runs.
    private static bool RefusedByKestrel(HostileRequest request) => request.Path.Contains("%00", StringComparison.Ordinal);

    public static bool Refused(HostileAnswer answer) => answer.Status is 0 or >= 400;

    private static bool IsUnderApi(string path) =>
        path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) && (path.Length == 4 || path[4] is '/' or '?');

    private static int? ProblemStatus(HostileAnswer answer)
    {
        if (answer.MediaType != "application/problem+json") return null;
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            return json.RootElement.TryGetProperty("status", out var status) && status.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
