using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Permits;

/// <summary>Puts an issued permit in the public register, which the verification page and the placard read.</summary>
internal sealed class PermitIssuedHandler(PermitRegister register, ILogger<PermitIssuedHandler> logger) : IEffectHandler<PermitIssued>
{
    public async Task HandleAsync(PermitIssued effect, EffectContext context, CancellationToken ct)
    {
        var added = await register.RecordIssuedAsync(effect, ct);
        logger.LogInformation("Permit {PermitKey} for filing {FilingId} registered (new: {Added})",
            PermitLinks.KeyOf(effect.PermitNumber), effect.FilingId, added);
    }
}
