using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reopen.Functions.Hosting.Timers;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>The Functions host invokes timer functions with POST /{FunctionName} (see CUSTOM-HANDLER.md).</summary>
public sealed class TimerInvocationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // The host's body for a timer invocation, as documented.
    private const string HostPayload =
        """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"DeadlineSweep","UtcNow":"2023-09-07T11:40:45.0Z","RandGuid":"5d7c0a34-2a4f-4d8e-9c59-3f0f3b1f6a12"}}}""";

    [Theory]
    [InlineData("DeadlineSweep")]
    [InlineData("OutboxSweep")]
    public async Task Host_invokes_sweep_answers_200_with_outputs_logs_and_return_value(string function)
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.AsCustomHandler = true);

        using var response = await app.Client.SendAsync(HostInvocation("/" + function, HostPayload.Replace("DeadlineSweep", function)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Empty(body.RootElement.GetProperty("Outputs").EnumerateObject());
        var log = Assert.Single(body.RootElement.GetProperty("Logs").EnumerateArray()).GetString();
        Assert.StartsWith(function + ": ", log);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
    }

    [Fact]
    public async Task Host_payload_with_monitor_status_reaches_the_function_as_its_invocation()
    {
        var probe = new RecordingTimerFunction("Probe");
        await using var app = await ReopenTestApp.StartAsync(azurite, o =>
        {
            o.AsCustomHandler = true;
            o.ConfigureServices = s => s.AddSingleton<ITimerFunction>(probe);
        });
        const string payload =
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2023-09-07T11:40:30+00:00","Next":"2023-09-07T11:40:45+00:00","LastUpdated":"2023-09-07T11:40:30.12+00:00"},"IsPastDue":true}},"Metadata":{"sys":{"MethodName":"Probe","UtcNow":"2023-09-07T11:40:45.0Z"}}}""";

        using var response = await app.Client.SendAsync(HostInvocation("/Probe", payload, invocationId: "0f3c2a8e-1111-4a5b-9c3d-5e6f7a8b9c0d"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = await probe.FirstRun.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("0f3c2a8e-1111-4a5b-9c3d-5e6f7a8b9c0d", invocation.InvocationId);
        Assert.True(invocation.IsPastDue);
        Assert.Equal(DateTimeOffset.Parse("2023-09-07T11:40:30Z"), invocation.ScheduleStatus?.Last);
        Assert.Equal(DateTimeOffset.Parse("2023-09-07T11:40:45Z"), invocation.ScheduleStatus?.Next);
    }

    [Fact]
    public async Task Failing_timer_function_answers_500_with_a_log_and_no_exception_message()
    {
        var failing = new RecordingTimerFunction("Failing", new InvalidOperationException("secret detail 13800138000"));
        await using var app = await ReopenTestApp.StartAsync(azurite, o =>
        {
            o.AsCustomHandler = true;
            o.ConfigureServices = s => s.AddSingleton<ITimerFunction>(failing);
        });

        using var response = await app.Client.SendAsync(HostInvocation("/Failing", HostPayload));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        var log = Assert.Single(body.RootElement.GetProperty("Logs").EnumerateArray()).GetString();
        Assert.Contains("Failing failed: InvalidOperationException", log);
        Assert.DoesNotContain("13800138000", text);
    }

    [Fact]
    public async Task Invocation_body_that_is_not_json_answers_400()
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.AsCustomHandler = true);

        using var response = await app.Client.SendAsync(HostInvocation("/DeadlineSweep", "{not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("not JSON", Assert.Single(body.RootElement.GetProperty("Logs").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Timer_function_under_the_api_prefix_is_not_found()
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.AsCustomHandler = true);

        using var response = await app.Client.SendAsync(HostInvocation("/api/DeadlineSweep", HostPayload));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_function_is_not_found()
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.AsCustomHandler = true);

        using var response = await app.Client.SendAsync(HostInvocation("/NoSuchFunction", HostPayload));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage HostInvocation(string path, string body, string invocationId = "7c1e5f0e-7b5a-4a57-9d7c-3f4b1d2e6a90")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TimerInvocationEndpoints.InvocationIdHeader, invocationId);
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1041.200.25254");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Azure-Functions-Host", "4.1041.200.25254"));
        return request;
    }
}
