using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Reopen.Functions.Web;

/// <summary>
/// A fragment of markup that is safe to write as is. The only ways to make one encode every
/// value that is not itself <see cref="Html"/>: <c>Html.Of($"&lt;p&gt;{userText}&lt;/p&gt;")</c>, <see cref="Text"/>, <see cref="Join"/>.
/// </summary>
public readonly struct Html : IEquatable<Html>
{
    // Keeps Chinese readable in the page source; still encodes < > & " ' and control characters.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    public static Html Empty => default;

    public bool IsEmpty => string.IsNullOrEmpty(_markup);

    /// <summary>Literal parts are markup; every hole is encoded unless it is Html (or a sequence of Html).</summary>
    public static Html Of(HtmlInterpolatedStringHandler handler) => handler.ToHtml();

    /// <summary>Plain text, encoded.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._markup)));

    public static Html Join(params Html[] parts) => Join((IEnumerable<Html>)parts);

    /// <summary>An anchor; a URL that is neither relative nor http(s) is shown as text so no script can ride on it.</summary>
    public static Html Link(string? url, string label) =>
        IsSafeUrl(url) ? Of($"<a href=\"{url}\">{label}</a>") : Text(label);

    /// <summary>Markup produced by our own code (e.g. a QR code SVG); never pass user text here.</summary>
    internal static Html Trusted(string markup) => new(markup);

    public override string ToString() => _markup ?? "";

    public bool Equals(Html other) => ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is Html other && Equals(other);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(Html left, Html right) => left.Equals(right);

    public static bool operator !=(Html left, Html right) => !left.Equals(right);

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
