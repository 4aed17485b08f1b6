using System.Collections.Concurrent;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Hands a request waiting for its command's outcome what the activity recorded (the commit, or the refusal) when that
/// activity runs in this process, so the request answers without reading storage. Across processes the waiter's own
/// polling finds the outcome instead.
/// </summary>
public sealed class CommandSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<object>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Registers before the command is sent, so a fast outcome is not missed; dispose to stop waiting.</summary>
    public Registration Register(string instanceId, string commandId)
    {
        var key = Key(instanceId, commandId);
        var signal = _waiting.GetOrAdd(key, _ => new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));
        return new Registration(this, key, signal.Task);
    }

    /// <param name="recorded">The <see cref="ProcessCommit{TState,TEvent}"/> or <see cref="CommandRejection"/> just written.</param>
    public void Signal(string instanceId, string commandId, object recorded)
    {
        if (_waiting.TryRemove(Key(instanceId, commandId), out var signal)) signal.TrySetResult(recorded);
    }

    private static string Key(string instanceId, string commandId) => instanceId + "\n" + commandId;

    public readonly struct Registration(CommandSignals owner, string key, Task<object> signalled) : IDisposable
    {
        public Task<object> Signalled => signalled;

        public void Dispose() => owner._waiting.TryRemove(key, out _);
    }
}
