using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Reopen.Functions.Web;

/// <summary>Builds <see cref="Html"/> from an interpolated string: literals pass through, holes are encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolatedStringHandler
{
    private readonly StringBuilder _builder;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + formattedCount * 16);
    }

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted(Html html) => _builder.Append(html.ToString());

    public void AppendFormatted(string? text) => _builder.Append(Html.Encoder.Encode(text ?? ""));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, format: null);

    public void AppendFormatted<T>(T value, string? format)
    {
        // A List<Html> binds to the generic overload, so sequences are recognised here.
        if (value is IEnumerable<Html> parts)
        {
            foreach (var part in parts) _builder.Append(part.ToString());
            return;
        }
        if (value is Html html)
        {
            AppendFormatted(html);
            return;
        }
        var text = value is IFormattable formattable
            ? formattable.ToString(format, CultureInfo.InvariantCulture)
            : value?.ToString();
        AppendFormatted(text);
    }

    internal Html ToHtml() => Html.Trusted(_builder.ToString());
}
