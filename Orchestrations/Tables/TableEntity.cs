namespace Reopen.Orchestrations.Tables;

/// <summary>A row: keys, ETag, timestamp and typed properties (string, bool, int, long, double, DateTimeOffset, Guid, byte[]).</summary>
public sealed class TableEntity : Dictionary<string, object?>
{
    public TableEntity() : base(StringComparer.Ordinal) { }
    public TableEntity(string partitionKey, string rowKey) : this() { PartitionKey = partitionKey; RowKey = rowKey; }

    public string PartitionKey { get => (string)this[nameof(PartitionKey)]!; set => this[nameof(PartitionKey)] = value; }
    public string RowKey { get => (string)this[nameof(RowKey)]!; set => this[nameof(RowKey)] = value; }
    public string? ETag { get; set; }
    public DateTimeOffset? Timestamp { get; set; }

    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;
    public long? GetInt64(string key) => TryGetValue(key, out var v) && v is not null ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    public int? GetInt32(string key) => TryGetValue(key, out var v) && v is not null ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    public double? GetDouble(string key) => TryGetValue(key, out var v) && v is not null ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    public bool? GetBoolean(string key) => TryGetValue(key, out var v) ? v as bool? : null;
    public DateTimeOffset? GetDateTimeOffset(string key) => TryGetValue(key, out var v) ? v as DateTimeOffset? : null;
    public Guid? GetGuid(string key) => TryGetValue(key, out var v) ? v as Guid? : null;
    public byte[]? GetBinary(string key) => TryGetValue(key, out var v) ? v as byte[] : null;
}
