using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>An answer as it came off the wire; status 0 when the server closed without answering (a client gone).</summary>
public sealed record HostileAnswer(HostileRequest Request, int Status, string? ContentType, string Body)
{
    public string MediaType => ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";

    public override string ToString() =>
        $"{Request} answered {Status} {ContentType} {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}

/// <summary>
/// HTTP/1.1 over a plain socket, one connection per request, from a chosen loopback address: what is written is exactly what
/// the case says (paths are not normalised, header values are not checked, a body may stop short of its Content-Length).
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<HostileAnswer> SendAsync(Uri app, IPAddress from, HostileRequest request)
    {
        using var client = new TcpClient(new IPEndPoint(from, 0));
        await client.ConnectAsync(IPAddress.Loopback, app.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Head(app, request));
        var body = request.Body ?? [];
        if (request.Chunked)
        {
            if (body.Length > 0) await stream.WriteAsync(Encoding.ASCII.GetBytes(body.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            if (body.Length > 0) await stream.WriteAsync(body);
            await stream.WriteAsync(Encoding.ASCII.GetBytes((body.Length > 0 ? "\r\n" : "") + "0\r\n\r\n"));
        }
        else
        {
            await stream.WriteAsync(body);
        }
        // A body shorter than announced: the client gives up and closes its side, as a dropped upload does.
        if (request.DeclaredLength is not null) client.Client.Shutdown(SocketShutdown.Send);

        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received).WaitAsync(Patience);
        }
        catch (IOException)
        {
            // Reset by the server: whatever arrived before it (perhaps nothing) is the answer.
        }
        return Parse(request, received.ToArray());
    }

    private static byte[] Head(Uri app, HostileRequest request)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Path} HTTP/1.1\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Host: {app.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in request.Headers) head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        if (request.ContentType is { } type) head.Append(CultureInfo.InvariantCulture, $"Content-Type: {type}\r\n");
        var framedByCase = request.Header("Content-Length") is not null || request.Header("Transfer-Encoding") is not null;
        if (request.Chunked) head.Append("Transfer-Encoding: chunked\r\n");
        else if (!framedByCase && (request.Body is not null || request.Method is "POST" or "PUT"))
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {request.DeclaredLength ?? request.Body?.Length ?? 0}\r\n");
        head.Append("\r\n");
        // Header values may hold any character a hostile client types: UTF-8 on the wire, as such clients send them.
        return Encoding.UTF8.GetBytes(head.ToString());
    }

    private static HostileAnswer Parse(HostileRequest request, byte[] bytes)
    {
        var end = IndexOf(bytes, "\r\n\r\n"u8);
        if (end < 0) return new HostileAnswer(request, 0, null, Encoding.UTF8.GetString(bytes));
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = lines[0].Split(' ') is [_, var code, ..] && int.TryParse(code, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? Header(string name) => lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).LastOrDefault();
        var body = bytes.AsSpan(end + 4).ToArray();
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
        return new HostileAnswer(request, status, Header("Content-Type"), Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        var output = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = IndexOf(chunked.AsSpan(at), "\r\n"u8);
            if (lineEnd < 0) break;
            var size = int.Parse(Encoding.ASCII.GetString(chunked, at, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            at += lineEnd + 2;
            if (size == 0) break;
            output.Write(chunked, at, Math.Min(size, chunked.Length - at));
            at += size + 2;
        }
        return output.ToArray();
    }

    private static int IndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> value) => bytes.IndexOf(value);
}
