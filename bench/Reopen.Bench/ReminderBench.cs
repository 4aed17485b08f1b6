using Microsoft.Extensions.DependencyInjection;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;
using Reopen.TestSupport;
using System.Diagnostics;

namespace Reopen.Bench;

/// <summary>
/// How late reminders fire: filings on the fast policy, nobody deciding; each reminder email's arrival against the
/// reminder time the step recorded when it opened. Nothing is requested after the submissions.
/// </summary>
internal static class ReminderBench
{
    public static async Task RunAsync(string connectionString, int filings)
    {
        var mail = new MailClock();
        await using var app = await ReopenTestApp.StartAsync(connectionString, o =>
        {
            o.Settings["Reopen:Policy"] = "fast";
            o.Settings["Logging:LogLevel:Default"] = "Warning";
            o.Settings["Durable:PartitionCount"] = "4";
            o.Settings["Durable:QueueVisibilityTimeout"] = "00:01:00";
            o.ConfigureServices = mail.Watch;
        });
        var readModel = app.GetRequiredService<ProcessReadModel<ApprovalState, ApprovalEvent>>();
        using var client = app.CreateClient();
        var late = new Latencies();
        // Stopwatch and wall clock side by side, to put the recorded reminder time on the stopwatch's scale.
        var (wall, tick) = (DateTimeOffset.UtcNow, Stopwatch.GetTimestamp());
        await Workers.ForEachAsync(filings, 8, async n =>
        {
            var filingId = await HttpBench.SubmitAsync(client, SampleFilings.BelowScale($"清河提醒测试{n}号"));
            var state = (await readModel.GetAsync(filingId))!.State;
            var remindAt = state.Steps.Single(s => s.Status == StepStatus.Open).RemindAt!.Value;
            var arrived = await mail.NextAsync(filingId, 0, subject => subject.StartsWith("【催办】", StringComparison.Ordinal));
            var arrivedAt = wall + Stopwatch.GetElapsedTime(tick, arrived);
            late.Add((arrivedAt - remindAt).TotalMilliseconds);
        });
        Console.WriteLine($"reminders: {filings} filings on the fast policy; a reminder email's lateness after its recorded time {late.Summary}");
    }
}
