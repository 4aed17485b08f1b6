namespace Reopen.Functions.Hosting;

/// <summary>Defaults for every response; an endpoint that sets its own value (e.g. a fuller CSP on a page) keeps it.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("Referrer-Policy", "no-referrer");
                headers.TryAdd("X-Frame-Options", "DENY");
                headers.TryAdd("Content-Security-Policy", "frame-ancestors 'none'");
                return Task.CompletedTask;
            });
            return next(context);
        });
}
