namespace Reopen.Bench;

internal static class Workers
{
    /// <summary>Runs <paramref name="work"/> for items 0..count-1 on <paramref name="concurrency"/> parallel workers.</summary>
    public static Task ForEachAsync(int count, int concurrency, Func<int, Task> work)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) await work(i);
        })));
    }
}
