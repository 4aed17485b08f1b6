namespace Reopen.Functions.Hosting.Durable;

/// <summary>Section <c>Durable</c>: the task hub the standalone host runs on (the same format Durable Functions uses).</summary>
public sealed class DurableOptions
{
    public const string Section = "Durable";

    /// <summary>Names the hub's tables, queues and blob container; letters and digits, 3 to 45 characters.</summary>
    public string HubName { get; set; } = "reopen";

    /// <summary>The longest an idle worker waits between queue polls: how late new work can be noticed.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Control-queue partitions: how many workers can share the hub's orchestrations.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// How long a dequeued message stays hidden from other reads: after a restart, work that was in flight when the app
    /// stopped waits this long before it is picked up again. The provider's default is 5 minutes; a step here takes milliseconds.
    /// </summary>
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Keeps an orchestration that just ran in memory, so what comes back soon (its activities' results, a decision right
    /// after the last) needs no history read: decision outcomes and the next approver's email arrive twice as fast.
    /// </summary>
    public bool ExtendedSessions { get; set; } = true;

    /// <summary>
    /// How long an idle orchestration stays in memory. Each one held takes a work-item slot, and approvers answer in hours,
    /// not seconds: a short wait catches the activity results without holding slots for filings that wait for people.
    /// </summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
