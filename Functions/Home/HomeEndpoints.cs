using Reopen.Functions.Web;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Home;

/// <summary>GET /api (and /api/): the home page. The readiness probe at "/" stays as it is (the Functions host forwards only /api/*).</summary>
internal static class HomeEndpoints
{
    public const string Path = "/api";

    public static RouteGroupBuilder MapHome(this RouteGroupBuilder api)
    {
        // Routing matches "/api/" too.
        api.MapGet("", Show).WithName("HomePage").ExcludeFromDescription();
        return api;
    }

    /// <summary>The home page with a lookup's values and message shown again.</summary>
    public static IResult Page(DistrictPolicy policy, HomeLookups lookups, int statusCode = StatusCodes.Status200OK) =>
        PageResults.Html(t => HomePage.Compose(t, policy, lookups), statusCode);

    private static IResult Show(DistrictPolicy policy) => Page(policy, HomeLookups.Empty);
}
