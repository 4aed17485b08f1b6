using Reopen.Functions.Filings;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.BusinessSms;

/// <summary>Tells the business the outcome: the permit and its placard, or that it was rejected or returned and where to read why.</summary>
internal sealed class BusinessSmsHandler(PublicUrls urls, DistrictPolicy policy, ISmsSender sms, ILogger<BusinessSmsHandler> logger)
    : IEffectHandler<SmsToBusiness>
{
    public async Task HandleAsync(SmsToBusiness effect, EffectContext context, CancellationToken ct)
    {
        var link = effect.Kind switch
        {
            SmsKind.Approved => urls.For(PermitLinks.PlacardPath(effect.PermitNumber!)),
            _ => urls.For(FilingLinks.StatusPath(effect.FilingId)),
        };
        var body = BusinessSmsComposer.Compose(effect, policy.Name.Zh, link);
        var receipt = await sms.SendAsync(new SmsMessage(effect.Mobile, body), context.IdempotencyKey, ct);
        logger.LogInformation("Outcome SMS {Kind} for filing {FilingId}: {MessageId}", effect.Kind, effect.FilingId, receipt.MessageId);
    }
}
