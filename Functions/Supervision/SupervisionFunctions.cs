using Microsoft.Azure.Functions.Worker;
using Reopen.Functions.Hosting.Http;
using Reopen.Functions.Supervision.FollowUps;

namespace Reopen.Functions.Supervision;

/// <summary>
/// Supervision as functions: the follow-up sweep on the schedule in <c>Reopen:Supervision:SweepSchedule</c> (UTC), and the
/// inspector's page (GET shows the checklist, POST records the inspection), and the patrol page that starts one nobody scheduled.
/// </summary>
public sealed class SupervisionFunctions(FollowUpSweep sweep, FunctionEndpoints endpoints)
{
    public const string SweepScheduleSetting = "Reopen:Supervision:SweepSchedule";

    [Function(nameof(FollowUpsSweep))]
    public Task FollowUpsSweep([TimerTrigger("%" + SweepScheduleSetting + "%")] TimerInfo timer) => sweep.RunAsync(CancellationToken.None);

    [Function(nameof(ShowInspection))]
    public Task<IResult> ShowInspection([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inspections/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowInspection), request);

    [Function(nameof(ShowPatrol))]
    public Task<IResult> ShowPatrol([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/patrols/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowPatrol), request);

    [Function(nameof(RecordPatrol))]
    public Task<IResult> RecordPatrol([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/patrols/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(RecordPatrol), request);

    [Function(nameof(ShowClosureOrder))]
    public Task<IResult> ShowClosureOrder([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/patrols/{token}/orders/{number}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowClosureOrder), request);

    [Function(nameof(RecordInspection))]
    public Task<IResult> RecordInspection([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(RecordInspection), request);
}
