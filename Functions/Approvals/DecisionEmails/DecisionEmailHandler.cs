using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.DecisionEmails;

/// <summary>Emails an approver a signed link bound to the filing, step, round and approver; a retry sends nothing twice.</summary>
internal sealed class DecisionEmailHandler(
    DecisionLinkToken tokens, PublicUrls urls, DistrictPolicy policy, DecisionAmendmentReader amendments, IEmailSender email, ILogger<DecisionEmailHandler> logger)
    : IEffectHandler<EmailApprover>
{
    public async Task HandleAsync(EmailApprover effect, EffectContext context, CancellationToken ct)
    {
        // The token is a pure function of the claims, so every retry mails the same link.
        var token = tokens.Create(new DecisionLinkClaims(effect.FilingId, effect.StepId, effect.Round, effect.Approver.Id, effect.ExpiresAt));
        // The history answers the same on every retry: the amendment that opened a round never changes.
        var amendment = await amendments.ReadAsync(effect.FilingId, effect.StepId, effect.Round, ct);
        var message = DecisionEmailComposer.Compose(effect, policy, urls.For(DecisionPaths.For(token)), amendment);
        var receipt = await email.SendAsync(message, context.IdempotencyKey, ct);
        logger.LogInformation("Decision email {Purpose} for filing {FilingId} step {StepId} round {Round} to approver {ApproverId}: {MessageId}",
            effect.Purpose, effect.FilingId, effect.StepId, effect.Round, effect.Approver.Id, receipt.MessageId);
    }
}
