using System.Globalization;
using System.Text;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Filings;

/// <summary>A string spread over "Name", "Name_1", … because one Table string property holds at most 32K characters.</summary>
internal static class LongText
{
    private const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string property, string text)
    {
        var chunk = 0;
        for (var start = 0; start < text.Length || chunk == 0; chunk++)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            // Never split a surrogate pair across two properties.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length--;
            entity[Name(property, chunk)] = text.Substring(start, length);
            start += length;
        }
    }

    public static string Read(TableEntity entity, string property)
    {
        var text = new StringBuilder(entity.GetString(property) ?? "");
        for (var chunk = 1; entity.GetString(Name(property, chunk)) is { } part; chunk++) text.Append(part);
        return text.ToString();
    }

    private static string Name(string property, int chunk) =>
        chunk == 0 ? property : property + "_" + chunk.ToString(CultureInfo.InvariantCulture);
}
