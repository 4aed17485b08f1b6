using System.Text;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>
/// One request exactly as a hostile client sends it: the path as typed (no normalisation), raw header values, a body of any
/// bytes and content type, and optionally a Content-Length longer than the body (an upload cut short).
/// </summary>
public sealed record HostileRequest(string Method, string Path)
{
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>A Content-Length above the body's length: sent over a raw socket, which then closes its side.</summary>
    public long? DeclaredLength { get; init; }

    /// <summary>Sent with Transfer-Encoding: chunked (no Content-Length), as a client streaming a body of unknown size.</summary>
    public bool Chunked { get; init; }

    /// <summary>A browser: Accept puts text/html first, so refusals must be readable pages.</summary>
    public bool AsksForHtml => Header("Accept") is { } accept && accept.TrimStart().StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    public string? Header(string name) => Headers.LastOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public static HostileRequest Get(string path) => new("GET", path);

    public static HostileRequest Post(string path) => new("POST", path);

    public static HostileRequest Put(string path) => new("PUT", path);

    public HostileRequest With(string name, string value) => this with { Headers = [.. Headers, (name, value)] };

    public HostileRequest Browser() => With("Accept", BrowserAccept);

    public HostileRequest Json() => With("Accept", "application/json");

    public HostileRequest Content(string contentType, byte[] body) => this with { ContentType = contentType, Body = body };

    public HostileRequest Content(string contentType, string body) => Content(contentType, Encoding.UTF8.GetBytes(body));

    public HostileRequest JsonBody(string json) => Content("application/json", json);

    public HostileRequest Form(string urlEncoded) => Content("application/x-www-form-urlencoded", urlEncoded);

    /// <summary>A form as a browser encodes it.</summary>
    public HostileRequest Form(params (string Name, string Value)[] fields) =>
        Form(string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value))));

    public override string ToString() => $"{Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)}";
}
