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
}
