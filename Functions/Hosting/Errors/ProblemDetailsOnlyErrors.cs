using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Reopen.Functions.Hosting.Errors;

/// <summary>
/// An error another component answers in a form of its own (the OpenAPI endpoint's text/plain 404) is held back and answered
/// as ProblemDetails instead; status-code pages cannot, since such an answer already has a body. ProblemDetails, other JSON
/// (the health report) and pages for people pass through.
/// </summary>
internal static class ProblemDetailsOnlyErrors
{
    public static IApplicationBuilder UseProblemDetailsOnlyErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new HeldBackErrorBody(original, context.Response);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }
        if (body.HeldBack && !context.Response.HasStarted)
        {
            context.Response.ContentType = null;
            context.Response.ContentLength = null;
            await Results.Problem(statusCode: context.Response.StatusCode).ExecuteAsync(context);
        }
    });

    private static bool IsJsonOrPage(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Decides when the body is first touched (status and content type are set by then): pass it on, or drop it.</summary>
    private sealed class HeldBackErrorBody(IHttpResponseBodyFeature inner, HttpResponse response) : IHttpResponseBodyFeature
    {
        private bool? _heldBack;
        private PipeWriter? _discard;

        public bool HeldBack => _heldBack ?? false;

        private bool HoldBack => _heldBack ??= response.StatusCode >= StatusCodes.Status400BadRequest && !IsJsonOrPage(response.ContentType);

        public Stream Stream => HoldBack ? Stream.Null : inner.Stream;

        public PipeWriter Writer => HoldBack ? _discard ??= PipeWriter.Create(Stream.Null) : inner.Writer;

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) =>
            HoldBack ? Task.CompletedTask : inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            HoldBack ? Task.CompletedTask : inner.SendFileAsync(path, offset, count, cancellationToken);

        public Task CompleteAsync() => HoldBack ? Task.CompletedTask : inner.CompleteAsync();
    }
}
