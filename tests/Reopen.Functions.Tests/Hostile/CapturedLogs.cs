using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>Every log entry the app writes, numbered, so that a case can ask what was logged while it ran.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(long Sequence, string Category, LogLevel Level, string Message, Exception? Exception)> _entries = new();
    private long _sequence;

    public long Mark => Interlocked.Read(ref _sequence);

    /// <summary>Entries at <see cref="LogLevel.Error"/> or above written after <paramref name="mark"/>, one line each.</summary>
    public IReadOnlyList<string> ErrorsSince(long mark) =>
        [.. _entries.Where(e => e.Sequence > mark && e.Level >= LogLevel.Error)
            .Select(e => $"{e.Level} {e.Category}: {e.Message}{(e.Exception is null ? "" : $" ({e.Exception.GetType().Name}: {e.Exception.Message})")}")];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            logs._entries.Enqueue((Interlocked.Increment(ref logs._sequence), category, logLevel, formatter(state, exception), exception));
        }
    }
}
