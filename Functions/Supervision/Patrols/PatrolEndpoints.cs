using System.Globalization;
using System.Security.Cryptography;
using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Patrols;

/// <summary>
/// GET /api/patrols/{token}: the patrol form of an official's own link; POST: a business with a permit gets a patrol
/// inspection of its own and the official goes on to its checklist (303); one without a permit has opened without approval:
/// a numbered closure order is kept and printed, and the operator, if a mobile is given, is told by SMS to close and file.
/// </summary>
public static class PatrolEndpoints
{
    public static RouteGroupBuilder MapPatrols(this RouteGroupBuilder api)
    {
        var patrols = api.MapGroup("/patrols").WithTags("Inspections").ExcludeFromDescription().WithNoReferrer();
        patrols.MapGet("/{token}", Show).WithName("ShowPatrol");
        patrols.MapPost("/{token}", Record).WithName("RecordPatrol");
        patrols.MapGet("/{token}/orders/{number}", ShowOrder).WithName("ShowClosureOrder");
        return api;
    }

    private static IResult Show(string token, HttpContext http, DecisionLinkToken tokens, DistrictPolicy policy)
    {
        var (open, refusal) = Read(token, tokens, policy);
        return open is { } o ? PageResults.Html(t => Form(t, o.Street, o.Official, PostedForm.ActionOf(http.Request), [])) : refusal!;
    }

    private static async Task<IResult> Record(string token, HttpContext http, DecisionLinkToken tokens, DistrictPolicy policy, PermitRegister permits,
        InspectionBoard board, ClosureOrderBook orders, PublicUrls urls, ISmsSender sms, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        var (opened, refusal) = Read(token, tokens, policy);
        if (opened is not { } open) return refusal!;
        var form = http.Request.HasFormContentType ? await PostedForm.ReadAsync(http.Request, ct) : null;
        string Field(string name) => (form?[name].FirstOrDefault() ?? "").Trim();
        var (permitNumber, creditCode, name, address, mobileText) = (Field("permitNumber"), Field("creditCode"), Field("name"), Field("address"), Field("mobile"));
        var t = Texts.For(http);
        var errors = new List<string>();
        string? mobile = null;
        if (mobileText.Length > 0 && !MobileNumber.TryNormalize(mobileText, out mobile)) errors.Add(t["patrol.error.mobile"]);
        if (permitNumber.Length == 0 && creditCode.Length == 0 && name.Length == 0) errors.Add(t["patrol.error.missing"]);
        if (errors.Count > 0) return PageResults.Html(tt => Form(tt, open.Street, open.Official, PostedForm.ActionOf(http.Request), errors), StatusCodes.Status422UnprocessableEntity);

        var permit = permitNumber.Length > 0 && PermitLinks.IsWellFormedKey(PermitLinks.KeyOf(permitNumber))
            ? await permits.FindAsync(PermitLinks.KeyOf(permitNumber), ct)
            : null;
        if (permit is null && (creditCode.Length > 0 || name.Length > 0))
            permit = await permits.FindByAsync(creditCode.Length > 0 ? CreditCode.Normalize(creditCode) : null, open.Street.Code, name, ct);
        var now = time.GetUtcNow();
        var logger = loggers.CreateLogger(typeof(PatrolEndpoints).FullName!);
        if (permit is { Status: not PermitStatus.Revoked })
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"patrol-{now.ToOffset(BeijingTime.Offset):yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
            var inspectBy = now + policy.Supervision.InspectionWithin;
            var task = new InspectionTask(permit.FilingId, key, FollowUpKind.Patrol, open.Official.Id, permit.StreetCode, permit.PermitNumber, permit.BusinessName,
                permit.Address, permit.Category, now, inspectBy, policy.TaskLinkExpiry(now, inspectBy));
            await board.AssignAsync(task, now, ct);
            logger.LogInformation("Patrol inspection {InspectionKey} of filing {FilingId} started by official {OfficialId}", key, permit.FilingId, open.Official.Id);
            return PageResults.SeeOther(InspectionLinks.PathFor(tokens.Create(InspectionLinks.Claims(task))));
        }

        // Opened without approval (no permit, or one revoked): closure is ordered on the spot and the operator pointed to filing.
        if (name.Length == 0 || address.Length == 0)
            return PageResults.Html(tt => Form(tt, open.Street, open.Official, PostedForm.ActionOf(http.Request), [tt["patrol.error.missing"]]), StatusCodes.Status422UnprocessableEntity);
        var number = ClosureOrder.NumberFor(open.Street.Code, open.Official.Id, name, address, now);
        var (order, issued) = await orders.IssueAsync(new ClosureOrder(number, open.Street.Code, open.Official.Id, name, address,
            creditCode.Length > 0 ? CreditCode.Normalize(creditCode) : null, now, OperatorTold: false), ct);
        var home = urls.For("/api");
        if (mobile is not null)
        {
            var body = t.T("businessSms.signature", policy.Name.Zh) + Texts.For(UiLanguage.Zh).T("patrol.unapproved.sms", order.Number, home);
            // The number itself stays out of the key (keys are stored and may be logged): a hash of it tells operators apart.
            var who = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(mobile)))[..16];
            await sms.SendAsync(new SmsMessage(mobile, body), $"patrol|{order.Number}|{who}", ct);
            if (!order.OperatorTold) await orders.MarkToldAsync(order, ct);
            order = order with { OperatorTold = true };
        }
        if (issued)
            logger.LogInformation("Patrol by official {OfficialId} in street {StreetCode}: a business without a valid permit, closure order {OrderNumber}",
                open.Official.Id, open.Street.Code, order.Number);
        return PageResults.Html(tt => Ordered(tt, order, policy, home, OrderPath(token, order.Number)));
    }

    /// <summary>GET /api/patrols/{token}/orders/{number}: a closure order of the official's street, to print again.</summary>
    private static async Task<IResult> ShowOrder(string token, string number, DecisionLinkToken tokens, DistrictPolicy policy, ClosureOrderBook orders,
        PublicUrls urls, CancellationToken ct)
    {
        var (opened, refusal) = Read(token, tokens, policy);
        if (opened is not { } open) return refusal!;
        var order = number.Length <= 40 && number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? await orders.FindAsync(open.Street.Code, number, ct) : null;
        return order is null
            ? PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status404NotFound, t["patrol.order.notFound"]), StatusCodes.Status404NotFound)
            : PageResults.Html(t => Ordered(t, order, policy, urls.For("/api"), OrderPath(token, order.Number)));
    }

    private static HtmlPage Ordered(Texts t, ClosureOrder order, DistrictPolicy policy, string home, string orderPath) => new(t["patrol.unapproved.title"], Html.Of($"""
        <style>{Html.Trusted(SupervisionDocuments.Css)}</style>
        <section class="card notice no-print" role="status" data-notice="unapproved" data-order="{order.Number}">
        <h1>{t["patrol.unapproved.title"]}</h1>
        <p>{t.T("patrol.unapproved.message", order.BusinessName, order.Address, t.AtPrecise(order.OrderedAt), home)}</p>
        {(order.OperatorTold ? Html.Of($"<p>{t["patrol.unapproved.smsSent"]}</p>") : Html.Empty)}
        <p>{t["patrol.order.print"]} <a href="{orderPath}">{order.Number}</a></p>
        </section>
        {SupervisionDocuments.Render(t, new DocumentView("ClosureOrder", t["patrol.order.title"], order.Number, order.OrderedAt, null,
            t.T("patrol.order.body", home), [], order.BusinessName, order.Address, t["patrol.order.noPermit"],
            t.T("rectification.document.issuer", t.Local(policy.Name))))}
        """));

    private static HtmlPage Form(Texts t, Street street, Official official, string action, IReadOnlyList<string> errors) => new(t["patrol.title"], Html.Of($"""
        <h1>{t["patrol.title"]}</h1>
        <p>{t.Person(official)} · {t.Local(street.Name)}</p>
        <p>{t["patrol.intro"]}</p>
        {(errors.Count == 0 ? Html.Empty : Html.Of($"<div class=\"card error\" role=\"alert\" data-errors=\"{errors.Count}\"><ul>{errors.Select(e => Html.Of($"<li>{e}</li>"))}</ul></div>"))}
        <form method="post" action="{action}" class="card patrol">
        <label for="permitNumber">{t["patrol.permit"]}</label><input id="permitNumber" name="permitNumber" maxlength="40">
        <label for="creditCode">{t["patrol.creditCode"]}</label><input id="creditCode" name="creditCode" maxlength="18">
        <label for="name">{t["patrol.name"]}</label><input id="name" name="name" maxlength="{FilingLimits.BusinessNameLength}">
        <label for="address">{t["patrol.address"]}</label><input id="address" name="address" maxlength="{FilingLimits.AddressLength}">
        <label for="mobile">{t["patrol.mobile"]}</label><input id="mobile" name="mobile" maxlength="20" inputmode="tel">
        <p><button type="submit">{t["patrol.submit"]}</button></p>
        </form>
        """));

    private static ((Street Street, Official Official)? Open, IResult? Refusal) Read(string token, DecisionLinkToken tokens, DistrictPolicy policy)
    {
        var (claims, refusal) = TaskLinkPages.Open(tokens, token, c => PatrolLinks.StreetOf(c) is not null);
        if (claims is null) return (null, refusal);
        return policy.FindStreet(PatrolLinks.StreetOf(claims)) is { } street
            && street.GridTeam.Append(street.Inspector).FirstOrDefault(o => o.Id == claims.ApproverId) is { } official
                ? ((street, official), null)
                : (null, TaskLinkPages.Invalid());
    }

    private static string OrderPath(string token, string number) => $"{PatrolLinks.PathFor(token)}/orders/{number}";
}
