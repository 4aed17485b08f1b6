namespace Reopen.Functions.Hosting.Errors;

/// <summary>One error model: ProblemDetails for every failed API request, without stack traces or personal data.</summary>
public static class ErrorHandling
{
    public static IServiceCollection AddReopenErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Unreadable bodies raise BadHttpRequestException in every environment, so they get the same 400 everywhere.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseReopenErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        // An empty 4xx/5xx under /api (no route, wrong method, a bare NotFound) becomes ProblemDetails, whatever the Accept header;
        // so does one written as plain text by a component not our own.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseProblemDetailsOnlyErrors().UseStatusCodePages(context =>
                Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext)));
        return app;
    }
}
