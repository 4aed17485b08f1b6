using Reopen.Functions.Supervision.FollowUps;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Permits;

/// <summary>Puts an issued permit in the public register, which the verification page and the placard read, and plans its follow-ups.</summary>
internal sealed class PermitIssuedHandler(PermitRegister register, FollowUpSchedule followUps, ILogger<PermitIssuedHandler> logger) : IEffectHandler<PermitIssued>
{
    public async Task HandleAsync(PermitIssued effect, EffectContext context, CancellationToken ct)
    {
        var added = await register.RecordIssuedAsync(effect, ct);
        // Supervision starts with the permit: its look-backs, spot check and reminders are planned now.
        var planned = await followUps.PlanAsync(effect, ct);
        logger.LogInformation("Permit {PermitKey} for filing {FilingId} registered (new: {Added}), {Planned} follow-ups planned",
            PermitLinks.KeyOf(effect.PermitNumber), effect.FilingId, added, planned);
    }
}
