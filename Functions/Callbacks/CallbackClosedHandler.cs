using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Callbacks;

/// <summary>Marks the street's call-back task done, with what was said, by whom and when.</summary>
internal sealed class CallbackClosedHandler(CallbackBoard board, ILogger<CallbackClosedHandler> logger) : IEffectHandler<CallbackTaskClosed>
{
    public async Task HandleAsync(CallbackTaskClosed effect, EffectContext context, CancellationToken ct)
    {
        await board.RecordClosedAsync(effect, ct);
        logger.LogInformation("Call-back for filing {FilingId} closed by official {OfficialId}", effect.FilingId, effect.ClosedBy.Id);
    }
}
