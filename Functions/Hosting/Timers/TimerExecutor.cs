using System.Diagnostics;

namespace Reopen.Functions.Hosting.Timers;

/// <summary>Runs a timer function by name: the one code path for the Functions host's invocations and the local scheduler.</summary>
public sealed class TimerExecutor
{
    private readonly Dictionary<string, ITimerFunction> _functions;
    private readonly ILogger<TimerExecutor> _logger;

    public TimerExecutor(IEnumerable<ITimerFunction> functions, ILogger<TimerExecutor> logger)
    {
        _functions = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyCollection<string> Names => _functions.Keys;

    /// <summary>Never throws for a failing function: the failure is logged and returned.</summary>
    public async Task<TimerOutcome> RunAsync(string name, TimerInvocation invocation, CancellationToken ct)
    {
        if (!_functions.TryGetValue(name, out var function))
            throw new ArgumentException($"No timer function is named '{name}'.", nameof(name));

        using var scope = _logger.BeginScope(new Dictionary<string, object>
        {
            ["FunctionName"] = function.Name,
            ["InvocationId"] = invocation.InvocationId,
        });
        var started = Stopwatch.GetTimestamp();
        _logger.LogDebug("Timer function {FunctionName} started, invocation {InvocationId}, past due {IsPastDue}",
            function.Name, invocation.InvocationId, invocation.IsPastDue);
        try
        {
            var result = await function.RunAsync(invocation, ct).ConfigureAwait(false);
            // Sweeps run every few seconds: only runs that did something earn an Information line.
            _logger.Log(result.Handled > 0 ? LogLevel.Information : LogLevel.Debug, "Timer function {FunctionName} succeeded in {ElapsedMs} ms: {Summary}",
                function.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Summary);
            return new TimerOutcome(true, $"{function.Name}: {result.Summary}");
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            _logger.LogError(e, "Timer function {FunctionName} failed after {ElapsedMs} ms, invocation {InvocationId}",
                function.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, invocation.InvocationId);
            // The type only: messages may carry data that does not belong in the host's log.
            return new TimerOutcome(false, $"{function.Name} failed: {e.GetType().Name} (invocation {invocation.InvocationId}).");
        }
    }
}

public sealed record TimerOutcome(bool Succeeded, string Log);
