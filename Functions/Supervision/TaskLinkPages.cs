using Reopen.Functions.Approvals;
using Reopen.Functions.Web;

namespace Reopen.Functions.Supervision;

/// <summary>The pages every supervision task link (inspection, patrol, complaint) answers when it cannot open its task.</summary>
internal static class TaskLinkPages
{
    public static IResult Invalid() =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status400BadRequest, t["inspection.invalid.message"], t["inspection.invalid.title"]),
            StatusCodes.Status400BadRequest);

    public static IResult Expired(DateTimeOffset expiredAt) =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status410Gone, t.T("inspection.expired.message", t.At(expiredAt)), t["inspection.expired.title"]),
            StatusCodes.Status410Gone);
}
