using Microsoft.Azure.Functions.Worker;
using Reopen.Functions.Hosting.Http;
using Reopen.Functions.Supervision.FollowUps;

namespace Reopen.Functions.Supervision;

/// <summary>
/// Supervision as functions: the follow-up sweep on the schedule in <c>Reopen:Supervision:SweepSchedule</c> (UTC), and the
/// inspector's page (GET shows the checklist, POST records the inspection).
/// </summary>
public sealed class SupervisionFunctions(FollowUpSweep sweep, FunctionEndpoints endpoints)
{
    public const string SweepScheduleSetting = "Reopen:Supervision:SweepSchedule";

    [Function(nameof(FollowUpsSweep))]
    public Task FollowUpsSweep([TimerTrigger("%" + SweepScheduleSetting + "%")] TimerInfo timer) => sweep.RunAsync(CancellationToken.None);

    [Function(nameof(ShowInspection))]
    public Task<IResult> ShowInspection([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inspections/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowInspection), request);

    [Function(nameof(RecordInspection))]
    public Task<IResult> RecordInspection([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(RecordInspection), request);
}
