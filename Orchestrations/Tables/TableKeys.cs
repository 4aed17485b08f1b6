namespace Reopen.Orchestrations.Tables;

/// <summary>Key and table-name rules checked before sending, so a bad key fails fast with ArgumentException.</summary>
internal static class TableKeys
{
    private const int MaxKeyLength = 512; // Azurite's limit; Azure allows 1 KiB.

    public static void Validate(string? key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxKeyLength)
            throw new ArgumentException($"Table keys are limited to {MaxKeyLength} characters.", paramName);
        foreach (var ch in key)
        {
            if (ch is '/' or '\\' or '#' or '?' || char.IsControl(ch))
                throw new ArgumentException("Table keys may not contain '/', '\\', '#', '?' or control characters.", paramName);
        }
    }

    public static void ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Validate(entity.GetString(nameof(TableEntity.PartitionKey)), "entity.PartitionKey");
        Validate(entity.GetString(nameof(TableEntity.RowKey)), "entity.RowKey");
    }

    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63 && char.IsAsciiLetter(name[0]);
        for (var i = 1; valid && i < name.Length; i++) valid = char.IsAsciiLetterOrDigit(name[i]);
        if (!valid) throw new ArgumentException($"Table names are 3-63 ASCII letters or digits starting with a letter; got '{name}'.", nameof(name));
    }

    /// <summary>"(PartitionKey='pk',RowKey='rk')" with quotes doubled and everything else percent-encoded.</summary>
    public static string EntityPathSuffix(string partitionKey, string rowKey) =>
        $"(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
