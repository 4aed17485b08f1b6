using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Reopen.Functions.Hosting.Errors;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>Unhandled exceptions become ProblemDetails; only the client's own mistakes explain themselves.</summary>
public sealed class ApiExceptionHandlerTests
{
    [Fact]
    public async Task Unreadable_json_body_answers_400_with_the_reason()
    {
        var problem = await HandleAsync(new BadHttpRequestException("Failed to read parameter \"SubmitFiling request\" from the request body as JSON.", 400));

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("as JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Rejected_command_answers_409_with_its_code()
    {
        var problem = await HandleAsync(new CommandRejectedException("step-already-decided", "This step has already been decided."));

        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal("step-already-decided", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unexpected_exception_outside_development_answers_500_without_its_message()
    {
        var problem = await HandleAsync(new InvalidOperationException("row for 张三 13800138000"), Environments.Production);

        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("13800138000", problem.GetRawText());
        Assert.DoesNotContain("InvalidOperationException", problem.GetRawText());
    }

    [Fact]
    public async Task Unreadable_form_body_answers_400()
    {
        var problem = await HandleAsync(new InvalidDataException("Missing content-type boundary."));

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("unreadable-body", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Change_not_yet_applied_answers_202_pending_so_the_client_does_not_send_it_again()
    {
        var problem = await HandleAsync(new CommandPendingException("approval", "F1", TimeSpan.FromSeconds(5)));

        Assert.Equal(202, problem.GetProperty("status").GetInt32());
        Assert.Equal("pending", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Browser_gets_a_readable_page_not_json()
    {
        var context = NewContext();
        context.Request.Headers.Accept = "text/html,application/xhtml+xml,*/*;q=0.8";
        var handler = new ApiExceptionHandler(new Environment("Production"), NullLogger<ApiExceptionHandler>.Instance);

        await handler.TryHandleAsync(context, new InvalidDataException("Missing content-type boundary."), CancellationToken.None);

        context.Response.Body.Position = 0;
        var page = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal(400, context.Response.StatusCode);
        Assert.StartsWith("text/html", context.Response.ContentType);
        Assert.Contains("提交的内容无法读取", page);
    }

    [Fact]
    public async Task Client_gone_mid_body_gets_no_answer_and_nothing_is_thrown()
    {
        // Kestrel's answer to a body cut short by a client that closed its side: the request is aborted too.
        var context = NewContext();
        context.RequestAborted = new CancellationToken(canceled: true);
        context.Request.Headers.Accept = "text/html";
        var handler = new ApiExceptionHandler(new Environment("Production"), NullLogger<ApiExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content.", 400), CancellationToken.None));

        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task Client_leaving_while_the_answer_is_written_is_not_an_error()
    {
        // The race the hostile suite met: the request is aborted after the check, while the page goes out.
        using var aborted = new CancellationTokenSource();
        var context = NewContext();
        context.RequestAborted = aborted.Token;
        context.Response.Body = new LeavingClientStream(aborted);
        context.Request.Headers.Accept = "text/html";
        var handler = new ApiExceptionHandler(new Environment("Production"), NullLogger<ApiExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content.", 400), CancellationToken.None));
    }

    /// <summary>A response body whose client disconnects at the first write.</summary>
    private sealed class LeavingClientStream(CancellationTokenSource aborted) : MemoryStream
    {
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            aborted.Cancel();
            throw new OperationCanceledException(aborted.Token);
        }
    }

    private static DefaultHttpContext NewContext()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
    }

    private static async Task<JsonElement> HandleAsync(Exception exception, string environment = "Development", DefaultHttpContext? context = null)
    {
        context ??= NewContext();
        var handler = new ApiExceptionHandler(new Environment(environment), NullLogger<ApiExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        context.Response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(context.Response.Body);
        return json.RootElement.Clone();
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Reopen.Functions";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
