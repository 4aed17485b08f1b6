using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Reopen.Functions.Hosting.Durable;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals;

/// <summary>The approval's orchestration and activities as Durable functions: one-line calls into its process tasks.</summary>
public sealed class ApprovalTaskFunctions(ProcessTasks<ApprovalState, ApprovalCommand, ApprovalEvent, ApprovalEffect> tasks)
{
    [Function(nameof(ApprovalOrchestrator))]
    public Task<ApprovalState> ApprovalOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        tasks.Orchestrator.RunAsync(context, context.GetInput<ProcessRun<ApprovalState, ApprovalCommand>>()!);

    [Function(nameof(ApprovalApply))]
    public Task<ApplyOutcome> ApprovalApply([ActivityTrigger] ProcessApply<ApprovalState, ApprovalEvent, ApprovalEffect> input) => tasks.Apply.RunAsync(input);

    [Function(nameof(ApprovalReject))]
    public Task<bool> ApprovalReject([ActivityTrigger] CommandRejection input) => tasks.Reject.RunAsync(input);

    [Function(nameof(ApprovalDeliver))]
    public Task<bool> ApprovalDeliver([ActivityTrigger] EffectDelivery<ApprovalEffect> input) => tasks.Deliver.RunAsync(input);
}
