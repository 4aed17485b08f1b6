using Microsoft.Azure.Functions.Worker;

namespace Reopen.Functions.Digests;

/// <summary>The officials' daily digest as a timer function, on the schedule in <c>Reopen:Digest:Schedule</c> (UTC).</summary>
public sealed class DigestFunctions(OfficialDigests digests)
{
    public const string ScheduleSetting = "Reopen:Digest:Schedule";

    [Function(nameof(OfficialsDigest))]
    public Task OfficialsDigest([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer) =>
        digests.SendAsync(CancellationToken.None);
}
