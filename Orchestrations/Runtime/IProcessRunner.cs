namespace Reopen.Orchestrations.Runtime;

/// <summary>The untyped face of a <see cref="ProcessHost{TState,TCommand,TEvent,TEffect}"/>, used by the sweeps.</summary>
public interface IProcessRunner
{
    string Name { get; }

    /// <summary>Hands a due timer's stored command to the process, deduplicated by the timer id.</summary>
    internal Task FireTimerAsync(string instanceId, string commandJson, string timerId, CancellationToken ct);

    /// <summary>Hands a stored effect to the effect handler.</summary>
    internal Task DeliverEffectAsync(string effectJson, EffectContext context, CancellationToken ct);
}
