using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reopen.Bench;

/// <summary>Thread-safe latency samples with the percentiles the benchmark prints.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary => $"p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms";
}
