using System.Net;
using System.Text.RegularExpressions;

namespace Reopen.Functions.Tests.Filings;

/// <summary>
/// A form found in a page, with what a browser would submit: named inputs with their values, checkboxes only when
/// checked, textareas with their text. Enough for the plain forms our pages use (no scripts, no selects).
/// </summary>
public sealed partial class PageForm
{
    private readonly List<(string Name, string Value)> _fields;

    private PageForm(string action, List<(string Name, string Value)> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<(string Name, string Value)> Fields => _fields;

    /// <summary>The only form of the page whose action contains <paramref name="actionPart"/>.</summary>
    public static PageForm Find(string html, string actionPart)
    {
        var forms = FormTag().Matches(html).Where(m => WebUtility.HtmlDecode(m.Groups["action"].Value).Contains(actionPart, StringComparison.Ordinal)).ToList();
        Assert.True(forms.Count == 1, $"Expected one form posting to …{actionPart}…, found {forms.Count} in:\n{html}");
        var inner = forms[0].Groups["inner"].Value;
        var fields = new List<(string, string)>();
        foreach (Match input in InputTag().Matches(inner))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name) continue;
            var isCheckbox = Attribute(tag, "type") == "checkbox";
            // Attribute values are blanked first so that a value reading "checked" is not taken for the attribute.
            if (isCheckbox && !CheckedAttribute().IsMatch(QuotedValue().Replace(tag, "\"\""))) continue;
            fields.Add((name, Attribute(tag, "value") ?? (isCheckbox ? "on" : "")));
        }
        foreach (Match area in TextAreaTag().Matches(inner))
            if (Attribute(area.Groups["tag"].Value, "name") is { } name) fields.Add((name, TextAreaValue(area.Groups["text"].Value)));
        return new PageForm(WebUtility.HtmlDecode(forms[0].Groups["action"].Value), fields);
    }

    public bool Has(string name) => _fields.Any(f => f.Name == name);

    public string Value(string name) => _fields.Single(f => f.Name == name).Value;

    /// <summary>Types <paramref name="value"/> into the field (adds it if the page had no such field, as a forged post would).</summary>
    public PageForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Name == name);
        if (index < 0) _fields.Add((name, value));
        else _fields[index] = (name, value);
        return this;
    }

    public PageForm Uncheck(string name)
    {
        _fields.RemoveAll(f => f.Name == name);
        return this;
    }

    public (string Name, string Value)[] ToArray() => [.. _fields];

    // As the HTML parser does: one newline right after the start tag is not part of the text.
    private static string TextAreaValue(string markup)
    {
        var text = WebUtility.HtmlDecode(markup);
        return text.StartsWith("\r\n", StringComparison.Ordinal) ? text[2..] : text.StartsWith('\n') ? text[1..] : text;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null;

    [GeneratedRegex("<form\\b[^>]*\\saction=\"(?<action>[^\"]*)\"[^>]*>(?<inner>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputTag();

    [GeneratedRegex("(?<tag><textarea\\b[^>]*>)(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaTag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    [GeneratedRegex("\\schecked(\\s|>|/)")]
    private static partial Regex CheckedAttribute();
}
