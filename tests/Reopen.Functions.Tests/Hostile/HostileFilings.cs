using System.Text.Json;
using System.Text.Json.Nodes;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>Valid filings whose every text field carries markup, and JSON bodies built from a valid filing one change at a time.</summary>
public static class HostileFilings
{
    public const string Script = "<script>alert('xss')</script>";
    public const string Image = "\"><img src=x onerror=alert(1)>";
    public const string Svg = "'--><svg onload=alert(1)>";

    /// <summary>What must never reach a page unescaped: the start of each payload above.</summary>
    public static readonly string[] Markers = ["<script>alert", "<img src=x", "<svg onload"];

    /// <summary>Below-scale (one street step, two co-signers), markup in every text a page may show.</summary>
    public static Filing WithMarkup(string label)
    {
        var filing = SampleFilings.BelowScale(name: $"清源{label}{Script}鲜果行", staff: 3);
        var roster = filing.Roster.ToArray();
        roster[0] = roster[0] with { Name = "李" + Svg };
        return filing with
        {
            Business = filing.Business with { Address = "清河区清源路" + Image + "88号" },
            Responsible = filing.Responsible with { Name = "张" + Svg },
            PreventionPlan = "一、成立防控小组。" + Script,
            EmergencyPlan = "一、发现发热人员立即隔离。" + Image,
            Supplies = filing.Supplies with { Other = "额温枪" + Svg },
            Roster = roster,
        };
    }

    /// <summary>A valid below-scale filing (its own credit code) as JSON, changed by <paramref name="change"/>.</summary>
    public static string Json(Action<JsonObject>? change = null)
    {
        var json = JsonSerializer.SerializeToNode(SampleFilings.BelowScale(), JsonSerializerOptions.Web)!.AsObject();
        change?.Invoke(json);
        return json.ToJsonString();
    }

    /// <summary>A valid filing with one member (a dotted path such as "business.scale") set to <paramref name="value"/>.</summary>
    public static string JsonWith(string path, JsonNode? value) => Json(json => Set(json, path, value));

    /// <summary>Sets a member by its validator path ("business.scale", "roster[0].name").</summary>
    public static void Set(JsonObject json, string path, JsonNode? value)
    {
        var names = path.Split('.');
        var node = names[..^1].Aggregate((JsonNode)json, Member);
        node[names[^1]] = value;
    }

    private static JsonNode Member(JsonNode node, string name)
    {
        if (!name.EndsWith(']')) return node[name]!;
        var open = name.IndexOf('[', StringComparison.Ordinal);
        return node[name[..open]]![int.Parse(name[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}
