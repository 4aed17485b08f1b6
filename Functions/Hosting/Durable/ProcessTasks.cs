using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>A process's task names and the type its orchestrator takes, for hosts that look up its functions by name.</summary>
public interface IProcessTasks
{
    ProcessTaskNames Names { get; }

    Type OrchestratorInput { get; }
}

/// <summary>
/// A process's orchestrator and its three activities (apply a command, refuse one, retry an effect), built once from the app's services;
/// its orchestration and activity functions are one-line calls into these.
/// </summary>
public sealed class ProcessTasks<TState, TCommand, TEvent, TEffect>(
    IProcess<TState, TCommand, TEvent, TEffect> process,
    ProcessReadModel<TState, TEvent> readModel,
    IEffectHandler<TEffect> effects,
    CommandSignals signals,
    ILogger logger) : IProcessTasks
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    public ProcessTaskNames Names { get; } = ProcessTaskNames.For(process.Name);

    public Type OrchestratorInput => typeof(ProcessRun<TState, TCommand>);

    public ProcessOrchestrator<TState, TCommand, TEvent, TEffect> Orchestrator { get; } = new(process);

    public ProcessApplyActivity<TState, TEvent, TEffect> Apply { get; } = new(readModel, signals, effects, logger);

    public ProcessRejectActivity<TState, TEvent> Reject { get; } = new(readModel, signals);

    public ProcessDeliverActivity<TEffect> Deliver { get; } = new(effects);
}
