using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Reopen.Orchestrations.Tables;

/// <summary>Entity &lt;-&gt; OData JSON: typed values carry "Name@odata.type" annotations both ways.</summary>
internal static class TableJson
{
    private const string TypeSuffix = "@odata.type";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static void WriteEntity(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in entity)
        {
            // Timestamp is owned by the service; nulls mean "no property" as in Azure.Data.Tables.
            if (value is null || name == "Timestamp" || name.StartsWith("odata.", StringComparison.Ordinal)) continue;
            WriteProperty(writer, name, value);
        }
        writer.WriteEndObject();
    }

    public static byte[] SerializeEntity(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
            WriteEntity(writer, entity);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s: writer.WriteString(name, s); break;
            case bool b: writer.WriteBoolean(name, b); break;
            case int i: writer.WriteNumber(name, i); break;
            case short or byte or sbyte or ushort: writer.WriteNumber(name, Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
            case long l: WriteTyped(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture)); break;
            case uint or ulong: WriteTyped(writer, name, "Edm.Int64", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)); break;
            case double d: WriteDouble(writer, name, d); break;
            case float f: WriteDouble(writer, name, f); break;
            case decimal m: WriteDouble(writer, name, (double)m); break;
            case DateTimeOffset dto: WriteTyped(writer, name, "Edm.DateTime", FormatDateTime(dto)); break;
            case DateTime dt: WriteTyped(writer, name, "Edm.DateTime", FormatDateTime(ToOffset(dt))); break;
            case Guid g: WriteTyped(writer, name, "Edm.Guid", g.ToString("D")); break;
            case byte[] bytes: WriteTyped(writer, name, "Edm.Binary", Convert.ToBase64String(bytes)); break;
            case BinaryData data: WriteTyped(writer, name, "Edm.Binary", Convert.ToBase64String(data.ToMemory().Span)); break;
            case Enum e: writer.WriteString(name, e.ToString()); break;
            default: throw new NotSupportedException($"Property '{name}' has type {value.GetType().Name}, which Table storage cannot store.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double d)
    {
        writer.WriteString(name + TypeSuffix, "Edm.Double");
        if (double.IsFinite(d)) writer.WriteNumber(name, d);
        else writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }

    private static void WriteTyped(Utf8JsonWriter writer, string name, string edmType, string value)
    {
        writer.WriteString(name + TypeSuffix, edmType);
        writer.WriteString(name, value);
    }

    internal static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ToOffset(DateTime dt) =>
        dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : new DateTimeOffset(dt.ToUniversalTime());

    /// <summary>Reads one entity object; ETag comes from "odata.etag" when present (queries) or from the caller (point reads).</summary>
    public static TableEntity ReadEntity(JsonElement json, string? etag = null)
    {
        var entity = new TableEntity();
        List<(string Name, string Type)>? annotations = null;
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                (annotations ??= []).Add((name[..^TypeSuffix.Length], property.Value.GetString() ?? ""));
                continue;
            }
            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                if (name == "odata.etag") entity.ETag = property.Value.GetString();
                continue;
            }
            entity[name] = ReadUntyped(property.Value);
        }

        if (annotations is not null)
        {
            foreach (var (name, type) in annotations)
            {
                if (entity.TryGetValue(name, out var raw) && raw is not null)
                    entity[name] = ConvertTyped(name, type, raw, json);
            }
        }

        if (entity.Remove("Timestamp", out var timestamp))
            entity.Timestamp = timestamp as DateTimeOffset? ?? (timestamp is string ts ? ParseDateTime(ts) : null);
        if (etag is not null) entity.ETag = etag;
        return entity;
    }

    private static object? ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // Doubles come back with a decimal point ("2.0"); bare integers are Edm.Int32.
        JsonValueKind.Number => value.TryGetInt32(out var i) && IsIntegralText(value) ? (object)i : value.GetDouble(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static bool IsIntegralText(JsonElement number)
    {
        var text = number.GetRawText();
        return text.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
    }

    private static object ConvertTyped(string name, string type, object raw, JsonElement json) => type switch
    {
        "Edm.Int64" => raw is string s ? long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : Convert.ToInt64(raw, CultureInfo.InvariantCulture),
        "Edm.Int32" => Convert.ToInt32(raw, CultureInfo.InvariantCulture),
        "Edm.Double" => raw is string s ? ParseSpecialDouble(s) : json.GetProperty(name).GetDouble(),
        "Edm.DateTime" => ParseDateTime((string)raw),
        "Edm.Guid" => Guid.Parse((string)raw),
        "Edm.Binary" => Convert.FromBase64String((string)raw),
        "Edm.Boolean" => raw,
        "Edm.String" => raw,
        _ => raw,
    };

    private static double ParseSpecialDouble(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    internal static DateTimeOffset ParseDateTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).ToUniversalTime();
}
