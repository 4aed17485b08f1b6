using System.Globalization;
using System.Text;

namespace Reopen.Orchestrations.Tables;

/// <summary>One sub-response of a $batch answer.</summary>
internal sealed record TableBatchPart(int Status, string? ETag, string? ContentId, string Body);

/// <summary>Reads a multipart/mixed $batch response: finds every embedded "HTTP/1.1 NNN" response, whatever the nesting.</summary>
internal static class TableBatchReader
{
    public static IReadOnlyList<TableBatchPart> Read(string contentType, ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var outer = BoundaryOf(contentType) ?? throw new FormatException("The $batch response has no multipart boundary.");
        var parts = new List<TableBatchPart>();
        foreach (var part in SplitParts(text, outer))
        {
            var (headers, content) = SplitHeaders(part);
            var nested = headers.TryGetValue("Content-Type", out var type) ? BoundaryOf(type) : null;
            if (nested is not null)
            {
                foreach (var inner in SplitParts(content, nested)) ReadHttpPart(inner, parts);
            }
            else
            {
                ReadHttpPart(part, parts);
            }
        }
        return parts;
    }

    private static void ReadHttpPart(string part, List<TableBatchPart> parts)
    {
        var (_, http) = SplitHeaders(part);
        var statusLineEnd = http.IndexOf("\r\n", StringComparison.Ordinal);
        if (statusLineEnd < 0) return;
        var statusLine = http[..statusLineEnd].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            throw new FormatException("The $batch response holds a part without an HTTP status line.");
        var (headers, content) = SplitHeaders(http[(statusLineEnd + 2)..]);
        parts.Add(new TableBatchPart(status, headers.GetValueOrDefault("ETag"), headers.GetValueOrDefault("Content-ID"), content.Trim()));
    }

    private static IEnumerable<string> SplitParts(string text, string boundary)
    {
        var delimiter = "--" + boundary;
        var position = text.IndexOf(delimiter, StringComparison.Ordinal);
        while (position >= 0)
        {
            var start = position + delimiter.Length;
            if (text.AsSpan(start).StartsWith("--")) yield break;
            var next = text.IndexOf(delimiter, start, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            yield return text[start..end].TrimStart('\r', '\n');
            position = next;
        }
    }

    private static (Dictionary<string, string> Headers, string Content) SplitHeaders(string part)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blank = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerBlock = blank < 0 ? part : part[..blank];
        foreach (var line in headerBlock.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (headers, blank < 0 ? "" : part[(blank + 4)..]);
    }

    internal static string? BoundaryOf(string contentType)
    {
        foreach (var parameter in contentType.Split(';'))
        {
            var trimmed = parameter.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
                return trimmed[9..].Trim('"');
        }
        return null;
    }
}
