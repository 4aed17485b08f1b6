using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>A process's task names and the type its orchestrator takes, for hosts that look up its functions by name.</summary>
public interface IProcessTasks
{
    ProcessTaskNames Names { get; }

    Type OrchestratorInput { get; }
}

/// <summary>
/// A process's orchestrator and its three activities (record, refuse, deliver an effect), built once from the app's services;
/// its orchestration and activity functions are one-line calls into these.
/// </summary>
public sealed class ProcessTasks<TState, TCommand, TEvent, TEffect>(
    IProcess<TState, TCommand, TEvent, TEffect> process,
    ProcessReadModel<TState, TEvent> readModel,
    IEffectHandler<TEffect> effects,
    CommandSignals signals) : IProcessTasks
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    public ProcessTaskNames Names { get; } = ProcessTaskNames.For(process.Name);

    public Type OrchestratorInput => typeof(ProcessRun<TState, TCommand>);

    public ProcessOrchestrator<TState, TCommand, TEvent, TEffect> Orchestrator { get; } = new(process);

    public ProcessCommitActivity<TState, TEvent> Commit { get; } = new(readModel, signals);

    public ProcessRejectActivity<TState, TEvent> Reject { get; } = new(readModel, signals);

    public ProcessDeliverActivity<TEffect> Deliver { get; } = new(effects);
}
