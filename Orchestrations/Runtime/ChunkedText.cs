using System.Text;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>The runtime's JSON columns: long strings across several properties, with the row size kept in bounds.</summary>
internal static class ChunkedText
{
    // An entity holds 1 MiB; leave room for keys and the other properties.
    public const int MaxRowBytes = 800_000;

    public static void Write(TableEntity entity, string property, string text)
    {
        var bytes = SizeOf(text);
        if (bytes > MaxRowBytes)
            throw new InvalidOperationException(
                $"The {property} JSON takes {bytes} bytes; one row holds at most {MaxRowBytes}. Keep process state and events small.");
        entity.SetLongString(property, text);
    }

    public static string Read(TableEntity entity, string property) =>
        entity.GetLongString(property)
        ?? throw new InvalidOperationException($"Row {entity.PartitionKey}/{entity.RowKey} has no {property} property.");

    /// <summary>Bytes a row's strings take: the larger of UTF-8 (the wire) and UTF-16 (Azure's accounting).</summary>
    public static int SizeOf(TableEntity entity) => entity.Select(property => property.Value).OfType<string>().Sum(SizeOf);

    private static int SizeOf(string text) => Math.Max(Encoding.UTF8.GetByteCount(text), text.Length * 2);
}
