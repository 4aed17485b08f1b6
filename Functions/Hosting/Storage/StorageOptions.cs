namespace Reopen.Functions.Hosting.Storage;

/// <summary>Section <c>Storage</c>: how this app names its tables in the account.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Put before every table name, so that several apps (or tests) can share one account.</summary>
    public string TablePrefix { get; set; } = "";

    public string TableName(string name) => TablePrefix + name;
}

/// <summary>A table (unprefixed name) a feature needs; created at start beside the runtime's tables.</summary>
public sealed record RequiredTable(string Name);
