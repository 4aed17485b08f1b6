using System.Buffers.Text;
using System.Text;

namespace Reopen.Orchestrations.Tables;

/// <summary>Packs NextPartitionKey/NextRowKey into one opaque, URL-safe token.</summary>
internal static class TableContinuation
{
    // Service tokens never contain a space, so it separates the two safely.
    private const char Separator = ' ';

    public static string? Encode(string? nextPartitionKey, string? nextRowKey)
    {
        if (string.IsNullOrEmpty(nextPartitionKey) && string.IsNullOrEmpty(nextRowKey)) return null;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{nextPartitionKey}{Separator}{nextRowKey}"));
    }

    public static (string? NextPartitionKey, string? NextRowKey) Decode(string token)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException e)
        {
            throw new ArgumentException("Not a continuation token produced by this client.", nameof(token), e);
        }
        var separator = text.IndexOf(Separator);
        if (separator < 0) throw new ArgumentException("Not a continuation token produced by this client.", nameof(token));
        var partition = text[..separator];
        var row = text[(separator + 1)..];
        return (partition.Length == 0 ? null : partition, row.Length == 0 ? null : row);
    }
}
