using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>Keeps every log line with its level, event id and structured values.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue(new(logLevel, eventId.Id, formatter(state, exception),
            state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
}

public sealed record LogLine(LogLevel Level, int EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values);
