using Reopen.Functions.Home;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Permits;

/// <summary>
/// GET /api/permits/lookup?number=…: the home page's permit form. The full number (复工〔2026〕QH-7K3M9TQX) or its key
/// (QH-7K3M9TQX), in any case and with stray spaces, answers 303 to the verification page; anything else shows the form again.
/// </summary>
internal static class PermitLookupEndpoint
{
    public const string LookupPath = "/api/permits/lookup";
    public const string NumberField = "number";

    public static RouteGroupBuilder MapPermitLookup(this RouteGroupBuilder permits)
    {
        permits.MapGet("/lookup", LookUp).WithName("PermitLookup").ExcludeFromDescription();
        return permits;
    }

    private static IResult LookUp(HttpRequest request, DistrictPolicy policy)
    {
        var typed = request.Query[NumberField].FirstOrDefault()?.Trim() ?? "";
        if (KeyOf(typed) is not { } key)
            return HomeEndpoints.Page(policy, new HomeLookups(PermitNumber: typed, PermitErrorKey: "home.permit.malformed"),
                StatusCodes.Status422UnprocessableEntity);
        var path = PermitLinks.VerifyPath(key);
        return PageResults.SeeOther(LanguageSelection.FromQuery(request) is { } asked ? LanguageSelection.WithLanguage(path, asked) : path);
    }

    /// <summary>The permit key in what a person typed, or null when it cannot be one.</summary>
    internal static string? KeyOf(string typed)
    {
        var compact = string.Concat(typed.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0) return null;
        var key = PermitLinks.KeyOf(compact);
        return PermitLinks.IsWellFormedKey(key) ? key : null;
    }
}
