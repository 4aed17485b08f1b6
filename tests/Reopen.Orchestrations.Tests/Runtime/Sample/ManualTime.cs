namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>A clock the test sets; the runtime reads "now" only from it.</summary>
public sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
