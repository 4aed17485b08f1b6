using System.Collections.Concurrent;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Wakes a request waiting for its command's outcome when the activity that records it runs in this process, so the
/// request reads the outcome at once instead of polling storage. Across processes the waiter's own polling still finds it.
/// </summary>
public sealed class CommandSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    /// <summary>Registers before the command is sent, so a fast outcome is not missed; dispose to stop waiting.</summary>
    public Registration Register(string instanceId, string commandId)
    {
        var key = Key(instanceId, commandId);
        var signal = _waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return new Registration(this, key, signal.Task);
    }

    public void Signal(string instanceId, string commandId)
    {
        if (_waiting.TryRemove(Key(instanceId, commandId), out var signal)) signal.TrySetResult();
    }

    private static string Key(string instanceId, string commandId) => instanceId + "\n" + commandId;

    public readonly struct Registration(CommandSignals owner, string key, Task signalled) : IDisposable
    {
        public Task Signalled => signalled;

        public void Dispose() => owner._waiting.TryRemove(key, out _);
    }
}
