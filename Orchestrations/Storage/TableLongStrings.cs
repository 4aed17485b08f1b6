using System.Globalization;
using System.Text;
using Azure.Data.Tables;

namespace Reopen.Orchestrations.Storage;

/// <summary>
/// A string spread over "Name", "Name_1", … because one Table string property holds at most 32K characters (64 KiB);
/// the entity's 1 MiB limit still applies to the whole.
/// </summary>
public static class TableLongStrings
{
    public const int ChunkChars = 30_000;

    public static void SetLongString(this TableEntity entity, string property, string text)
    {
        var chunk = 0;
        for (var start = 0; start < text.Length || chunk == 0; chunk++)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            // Never split a surrogate pair across two properties.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length--;
            entity[ChunkName(property, chunk)] = text.Substring(start, length);
            start += length;
        }
    }

    /// <summary>The whole string, or null when the entity has no such property.</summary>
    public static string? GetLongString(this TableEntity entity, string property)
    {
        if (entity.GetString(property) is not { } first) return null;
        if (entity.GetString(ChunkName(property, 1)) is null) return first;

        var text = new StringBuilder(first);
        for (var chunk = 1; entity.GetString(ChunkName(property, chunk)) is { } part; chunk++) text.Append(part);
        return text.ToString();
    }

    private static string ChunkName(string property, int chunk) =>
        chunk == 0 ? property : property + "_" + chunk.ToString(CultureInfo.InvariantCulture);
}
