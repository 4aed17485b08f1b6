using System.Globalization;

namespace Reopen.Orchestrations.Tables;

/// <summary>Builds OData $filter expressions with correctly quoted literals ('' escaping, typed prefixes).</summary>
public static class TableOData
{
    public static string Eq(string property, object value) => Compare(property, "eq", value);
    public static string Ne(string property, object value) => Compare(property, "ne", value);
    public static string Gt(string property, object value) => Compare(property, "gt", value);
    public static string Ge(string property, object value) => Compare(property, "ge", value);
    public static string Lt(string property, object value) => Compare(property, "lt", value);
    public static string Le(string property, object value) => Compare(property, "le", value);

    public static string And(params string[] filters) => Join("and", filters);
    public static string Or(params string[] filters) => Join("or", filters);

    /// <summary>Rows whose string property starts with the prefix, as a range the service can serve from its index.</summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        if (last == char.MaxValue) return Ge(property, prefix);
        var upper = prefix[..^1] + (char)(last + 1);
        return And(Ge(property, prefix), Lt(property, upper));
    }

    /// <summary>An OData literal: 'text' (quotes doubled), 12, 12L, 1.5, true, datetime'…', guid'…', X'…'.</summary>
    public static string Literal(object value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value), "Table filters cannot compare with null."),
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int or short or byte or sbyte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        uint or ulong => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        float f => DoubleLiteral(f),
        DateTimeOffset dto => $"datetime'{TableJson.FormatDateTime(dto)}'",
        DateTime dt => $"datetime'{TableJson.FormatDateTime(dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt.ToUniversalTime()))}'",
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        Enum e => Quote(e.ToString()),
        _ => throw new NotSupportedException($"No OData literal for {value.GetType().Name}."),
    };

    /// <summary>'text' with embedded single quotes doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Compare(string property, string op, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(property);
        return $"{property} {op} {Literal(value)}";
    }

    private static string DoubleLiteral(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentOutOfRangeException(nameof(d), d, "Table filters cannot compare with NaN or infinity.");
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        // Without a decimal point the service would parse the literal as Int32.
        return text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text;
    }

    private static string Join(string op, string[] filters)
    {
        var parts = filters.Where(f => !string.IsNullOrWhiteSpace(f)).ToArray();
        return parts.Length switch
        {
            0 => throw new ArgumentException("At least one filter is needed.", nameof(filters)),
            1 => parts[0],
            _ => string.Join($" {op} ", parts.Select(p => "(" + p + ")")),
        };
    }
}
