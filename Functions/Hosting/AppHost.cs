namespace Reopen.Functions.Hosting;

/// <summary>Which host runs the app: the Azure Functions host (its worker), or the app's own standalone host.</summary>
public sealed record AppHost(bool IsFunctionsHost)
{
    /// <summary>
    /// The Functions host starts its worker with the address of its gRPC channel (<c>--functions-uri</c>, or
    /// <c>--host</c>/<c>--port</c> from older hosts); the standalone host is started without them.
    /// </summary>
    public static AppHost From(string[] args) =>
        new(args.Any(a => a is "--functions-uri" or "--functions-worker-id" or "--workerId"));
}
