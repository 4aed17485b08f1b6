using Reopen.Functions.Notifications.Undelivered;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals;

/// <summary>
/// Hands each approval effect to the feature that carries it out (each registers an IEffectHandler of its effect type),
/// and writes down, for the filing's pages, a message that will not be sent (refused for good, or its last try failed).
/// </summary>
internal sealed class ApprovalEffectDispatcher(IServiceProvider services, UndeliveredMessageLog undelivered, TimeProvider time)
    : IEffectHandler<ApprovalEffect>
{
    public async Task HandleAsync(ApprovalEffect effect, EffectContext context, CancellationToken ct)
    {
        try
        {
            await DispatchAsync(effect, context, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && UndeliveredMessage.From(effect, context, e, time.GetUtcNow()) is { } message)
        {
            await undelivered.RecordAsync(message, context.IdempotencyKey, ct);
            throw;
        }
    }

    private Task DispatchAsync(ApprovalEffect effect, EffectContext context, CancellationToken ct) => effect switch
    {
        EmailApprover e => Handle(e, context, ct),
        SmsToBusiness e => Handle(e, context, ct),
        PermitIssued e => Handle(e, context, ct),
        CallbackTaskOpened e => Handle(e, context, ct),
        CallbackTaskClosed e => Handle(e, context, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name, "No handler for this approval effect."),
    };

    private Task Handle<TEffect>(TEffect effect, EffectContext context, CancellationToken ct) where TEffect : ApprovalEffect =>
        services.GetRequiredService<IEffectHandler<TEffect>>().HandleAsync(effect, context, ct);
}
