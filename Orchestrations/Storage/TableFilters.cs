using Azure.Data.Tables;

namespace Reopen.Orchestrations.Storage;

/// <summary>The one filter <see cref="TableClient.CreateQueryFilter(FormattableString)"/> has no operator for.</summary>
public static class TableFilters
{
    /// <summary>Rows whose string property starts with the prefix, as a range the service can serve from its index.</summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(property);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        var lower = $"{property} ge {TableClient.CreateQueryFilter($"{prefix}")}";
        if (last == char.MaxValue) return lower;
        var upper = prefix[..^1] + (char)(last + 1);
        return $"{lower} and {property} lt {TableClient.CreateQueryFilter($"{upper}")}";
    }
}
