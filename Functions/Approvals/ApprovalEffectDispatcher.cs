using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals;

/// <summary>Hands each approval effect to the feature that carries it out (each registers an IEffectHandler of its effect type).</summary>
internal sealed class ApprovalEffectDispatcher(IServiceProvider services) : IEffectHandler<ApprovalEffect>
{
    public Task HandleAsync(ApprovalEffect effect, EffectContext context, CancellationToken ct) => effect switch
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
