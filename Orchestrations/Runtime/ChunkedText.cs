using System.Globalization;
using System.Text;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Stores a long string across several string properties ("State", "State_1", ...), because one Table
/// string property holds at most 32K characters.
/// </summary>
internal static class ChunkedText
{
    public const int ChunkChars = 30_000;
    // An entity holds 1 MiB; leave room for keys and the other properties.
    public const int MaxRowBytes = 800_000;

    public static void Write(TableEntity entity, string property, string text)
    {
        var bytes = SizeOf(text);
        if (bytes > MaxRowBytes)
            throw new InvalidOperationException(
                $"The {property} JSON takes {bytes} bytes; one row holds at most {MaxRowBytes}. Keep process state and events small.");

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
        var first = entity.GetString(property)
            ?? throw new InvalidOperationException($"Row {entity.PartitionKey}/{entity.RowKey} has no {property} property.");
        if (entity.GetString(Name(property, 1)) is null) return first;

        var text = new StringBuilder(first);
        for (var chunk = 1; entity.GetString(Name(property, chunk)) is { } part; chunk++) text.Append(part);
        return text.ToString();
    }

    /// <summary>Bytes a row's strings take: the larger of UTF-8 (the wire) and UTF-16 (Azure's accounting).</summary>
    public static int SizeOf(TableEntity entity) => entity.Values.OfType<string>().Sum(SizeOf);

    private static int SizeOf(string text) => Math.Max(Encoding.UTF8.GetByteCount(text), text.Length * 2);

    private static string Name(string property, int chunk) =>
        chunk == 0 ? property : property + "_" + chunk.ToString(CultureInfo.InvariantCulture);
}
