namespace Reopen.Functions.Web;

public static class CapabilityLinks
{
    /// <summary>
    /// For pages whose URL is a credential (a signed link): never hand it to another site as a referrer, even if the
    /// app-wide default changes.
    /// </summary>
    public static RouteGroupBuilder WithNoReferrer(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
            return await next(context);
        });
}
