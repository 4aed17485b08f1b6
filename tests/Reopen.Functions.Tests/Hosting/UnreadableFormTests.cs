using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>
/// A form body cut short, on every page that takes a form: a 400 the client can read (a page for a browser, ProblemDetails
/// otherwise), nothing recorded, and nothing at error level in the log.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class UnreadableFormTests(AzuriteFixture azurite)
{
    private const string Boundary = "reopen-cut";

    // The first part, never followed by its closing boundary.
    private static readonly byte[] UnclosedMultipart = Encoding.UTF8.GetBytes(
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"accessCode\"\r\n\r\nABCD2345");

    [Fact]
    public async Task Truncated_multipart_bodies_answer_400_on_every_form_page_and_log_no_error()
    {
        var logs = new RecordingLoggerProvider();
        await using var journey = await Journey.StartAsync(azurite,
            options => options.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs));
        var (rejectedId, _) = await journey.SubmitAsync(SampleFilings.BelowScale("河西便民超市"));
        var rejectedLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        await journey.DecideAsync(rejectedLink, "reject", "防控方案未落实到岗到人");
        var callback = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Subject!.Contains("电话回访"), "email");
        var (openId, _) = await journey.SubmitAsync(SampleFilings.BelowScale());
        var decisionLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary, m => m.Links.All(l => l.Url != rejectedLink));
        var pages = new[]
        {
            "/api/filings/status",
            $"/api/filings/{openId}/status",
            $"/api/filings/{openId}/amend",
            $"/api/filings/{openId}/amend/submit",
            new Uri(decisionLink).PathAndQuery,
            new Uri(Assert.Single(callback.Links).Url).PathAndQuery,
        };

        foreach (var page in pages)
        {
            foreach (var browser in new[] { true, false })
            {
                await AssertUnreadableAsync(page, browser, await SendUnclosedAsync(journey.App, page, browser), "boundary never closed");
                // Kestrel takes the half-close as the client gone: no answer to read, and nothing may fail louder for it.
                Assert.Equal(0, (await SendShortOfContentLengthAsync(journey.App, page, browser)).Item1);
            }
        }

        Assert.Empty(logs.AtLeast(LogLevel.Error));
        Assert.Equal(StepStatus.Open, (await journey.StateAsync(openId)).CurrentStep!.Status);
        Assert.Empty((await journey.StateAsync(openId)).Decisions);
        Assert.Equal(CallbackStatus.Open, (await journey.StateAsync(rejectedId)).Callback!.Status);
    }

    private static async Task AssertUnreadableAsync(string page, bool browser, (int Status, string ContentType, string Body) answer, string how)
    {
        var what = $"{how}, {(browser ? "browser" : "API client")}, {page}";
        Assert.True(answer.Status == 400, $"{what}: answered {answer.Status} {answer.Body}");
        if (browser)
        {
            Assert.True(answer.ContentType.StartsWith("text/html", StringComparison.Ordinal), $"{what}: {answer.ContentType}");
            Assert.Contains("提交的内容无法读取", answer.Body);
        }
        else
        {
            Assert.True(answer.ContentType.StartsWith("application/problem+json", StringComparison.Ordinal), $"{what}: {answer.ContentType}");
            using var problem = JsonDocument.Parse(answer.Body);
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    private static async Task<(int, string, string)> SendUnclosedAsync(ReopenTestApp app, string path, bool browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(UnclosedMultipart) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        if (browser) request.Headers.Accept.ParseAdd("text/html");
        using var response = await app.Client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Announces more bytes than it sends, then closes its side: a dropped upload. Status 0: no answer came.</summary>
    private static async Task<(int, string, string)> SendShortOfContentLengthAsync(ReopenTestApp app, string path, bool browser)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, app.BaseAddress.Port);
        var stream = client.GetStream();
        // HTTP/1.0: the answer ends with the connection, never chunked.
        var head = $"POST {path} HTTP/1.0\r\nHost: 127.0.0.1:{app.BaseAddress.Port}\r\nContent-Type: multipart/form-data; boundary={Boundary}\r\n"
            + $"Content-Length: {UnclosedMultipart.Length + 500}\r\n{(browser ? "Accept: text/html\r\n" : "")}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(UnclosedMultipart);
        client.Client.Shutdown(SocketShutdown.Send);
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException)
        {
            // Closed with a reset: what arrived before it (nothing, when no answer was sent) is the answer.
        }
        var response = Encoding.UTF8.GetString(received.ToArray());
        var headers = response.Split("\r\n\r\n", 2);
        var lines = headers[0].Split("\r\n");
        var status = lines[0].Length > 12 ? int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var contentType = lines.FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Trim() ?? "";
        return (status, contentType, headers.Length > 1 ? headers[1] : "");
    }
}
