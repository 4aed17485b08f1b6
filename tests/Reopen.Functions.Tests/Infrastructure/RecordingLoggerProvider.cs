using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Reopen.Functions.Tests.Infrastructure;

public sealed record RecordedLog(long Sequence, string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"{Level} {Category}: {Message}{(Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})")}";
}

/// <summary>Keeps every log entry the app writes, numbered, so a test can say what must (not) be logged, overall or since a mark.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _entries = new();
    private long _sequence;

    public IReadOnlyList<RecordedLog> Entries => [.. _entries];

    /// <summary>The sequence number of the latest entry: what <see cref="ErrorsSince"/> counts from.</summary>
    public long Mark => Interlocked.Read(ref _sequence);

    public IReadOnlyList<RecordedLog> AtLeast(LogLevel level) => [.. _entries.Where(e => e.Level >= level)];

    /// <summary>Entries at <see cref="LogLevel.Error"/> or above written after <paramref name="mark"/>.</summary>
    public IReadOnlyList<RecordedLog> ErrorsSince(long mark) => [.. _entries.Where(e => e.Sequence > mark && e.Level >= LogLevel.Error)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private sealed class Logger(string category, RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider._entries.Enqueue(new RecordedLog(Interlocked.Increment(ref provider._sequence), category, logLevel, formatter(state, exception), exception));
    }
}
