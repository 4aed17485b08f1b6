using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Web;

namespace Reopen.Functions.Supervision;

/// <summary>How every supervision task link (inspection, patrol, complaint) opens, and the pages it answers when it cannot.</summary>
internal static class TaskLinkPages
{
    /// <summary>The claims of a genuine, unexpired link to a task of this kind; otherwise the page to answer (400; 410 once expired).</summary>
    public static (DecisionLinkClaims? Claims, IResult? Refusal) Open(DecisionLinkToken tokens, string token, Func<DecisionLinkClaims, bool> isOfKind) =>
        tokens.Verify(token) switch
        {
            DecisionLinkVerification.Valid { Claims: var claims } when isOfKind(claims) => (claims, null),
            DecisionLinkVerification.Expired { Claims: var claims } when isOfKind(claims) => (null, Expired(claims.ExpiresAt)),
            _ => (null, Invalid()),
        };

    public static IResult Invalid() =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status400BadRequest, t["inspection.invalid.message"], t["inspection.invalid.title"]),
            StatusCodes.Status400BadRequest);

    public static IResult Expired(DateTimeOffset expiredAt) =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status410Gone, t.T("inspection.expired.message", t.At(expiredAt)), t["inspection.expired.title"]),
            StatusCodes.Status410Gone);
}
