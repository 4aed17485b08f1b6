using System.Text.Json;

namespace Reopen.Functions.Hosting.Timers;

/// <summary>
/// The Functions host's timer invocation body:
/// <c>{"Data":{"timer":{"ScheduleStatus":{Last,Next,LastUpdated}|null,"IsPastDue":bool,…}},"Metadata":{"sys":{…}}}</c>.
/// Read leniently: a missing or unknown field is a default; only a body that is not JSON is refused.
/// </summary>
public static class TimerInvocationPayload
{
    public static async Task<TimerInvocation?> ReadAsync(Stream body, string invocationId, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, ct).ConfigureAwait(false);
            if (buffer.Length == 0) return new TimerInvocation(invocationId, IsPastDue: false, ScheduleStatus: null);
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
        using (document)
        {
            var timer = Property(Property(document.RootElement, "Data"), "timer");
            var status = Property(timer, "ScheduleStatus");
            var scheduleStatus = status is { ValueKind: JsonValueKind.Object } s
                ? new TimerScheduleStatus(Time(s, "Last"), Time(s, "Next"), Time(s, "LastUpdated"))
                : null;
            var isPastDue = Property(timer, "IsPastDue") is { ValueKind: JsonValueKind.True };
            return new TimerInvocation(invocationId, isPastDue, scheduleStatus);
        }
    }

    private static JsonElement? Property(JsonElement? parent, string name)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } element) return null;
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }
        return null;
    }

    private static DateTimeOffset? Time(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.String } value && value.TryGetDateTimeOffset(out var time) ? time : null;
}
