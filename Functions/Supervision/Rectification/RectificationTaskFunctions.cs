using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Reopen.Functions.Hosting.Durable;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>The rectification notice's orchestration and activities as Durable functions: one-line calls into its process tasks.</summary>
public sealed class RectificationTaskFunctions(ProcessTasks<RectificationState, RectificationCommand, RectificationEvent, RectificationEffect> tasks)
{
    [Function(nameof(RectificationOrchestrator))]
    public Task<RectificationState> RectificationOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        tasks.Orchestrator.RunAsync(context, context.GetInput<ProcessRun<RectificationState, RectificationCommand>>()!);

    [Function(nameof(RectificationApply))]
    public Task<ApplyOutcome> RectificationApply([ActivityTrigger] ProcessApply<RectificationState, RectificationEvent, RectificationEffect> input) => tasks.Apply.RunAsync(input);

    [Function(nameof(RectificationReject))]
    public Task<bool> RectificationReject([ActivityTrigger] CommandRejection input) => tasks.Reject.RunAsync(input);

    [Function(nameof(RectificationDeliver))]
    public Task<bool> RectificationDeliver([ActivityTrigger] EffectDelivery<RectificationEffect> input) => tasks.Deliver.RunAsync(input);
}
