using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Runs one process type on Table Storage. Each command: read the snapshot, decide, write the timers (and the outbox
/// index row when there are effects), then commit
/// snapshot + events + outbox (+ command id) in one entity-group transaction guarded by the snapshot's ETag,
/// then deliver the new effects. Thread-safe; one per process per app.
/// </summary>
public sealed partial class ProcessHost<TState, TCommand, TEvent, TEffect> : IProcessRunner
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    private const int MaxAttempts = 40;

    private readonly IProcess<TState, TCommand, TEvent, TEffect> process;
    private readonly ProcessStore store;
    private readonly IEffectHandler<TEffect> effects;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly OutboxDelivery delivery;

    public ProcessHost(IProcess<TState, TCommand, TEvent, TEffect> process, ProcessStore store, IEffectHandler<TEffect> effects,
        TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(process);
        ProcessKeys.ValidateId(process.Name, nameof(process));
        this.process = process;
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.effects = effects ?? throw new ArgumentNullException(nameof(effects));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        delivery = new OutboxDelivery(store, logger);
    }

    public string Name => process.Name;

    /// <summary>
    /// Applies the command. <see cref="CommandRejectedException"/> propagates and nothing is written. With a
    /// <paramref name="commandId"/> that was already applied, returns Duplicate = true and the current state.
    /// </summary>
    /// <exception cref="ProcessConflictException">Other writers won every one of the attempts.</exception>
    public async Task<CommandResult<TState, TEvent>> HandleAsync(string instanceId, TCommand command, string? commandId = null,
        CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        ProcessKeys.ValidateCommandId(commandId);
        ArgumentNullException.ThrowIfNull(command);
        var partition = ProcessKeys.Partition(Name, instanceId);

        for (var attempt = 1; ; attempt++)
        {
            var current = await LoadAsync(partition, ct).ConfigureAwait(false);
            var now = time.GetUtcNow();
            IReadOnlyList<TEvent> events;
            try
            {
                events = process.Decide(command, current.State, now);
            }
            catch (CommandRejectedException ex)
            {
                // A retried command often finds its own result already there: that is a duplicate, not a rejection.
                if (commandId is not null && await IsAppliedAsync(partition, commandId, ct).ConfigureAwait(false))
                    return await DuplicateAsync(partition, instanceId, commandId, ct).ConfigureAwait(false);
                logger.Rejected(Name, instanceId, command.GetType().Name, ex.Code);
                throw;
            }

            if (events.Count == 0)
            {
                var applied = commandId is not null && await IsAppliedAsync(partition, commandId, ct).ConfigureAwait(false);
                return new(current.State, current.Version, [], applied);
            }

            var commit = Plan(partition, instanceId, current, events, commandId, now);
            await WriteTimersAsync(commit.Timers, ct).ConfigureAwait(false);

            IReadOnlyList<Response> results;
            try
            {
                // One response per action, in order: each outbox row's ETag is its first lease.
                results = (await store.Processes.SubmitTransactionAsync(commit.Actions, ct).ConfigureAwait(false)).Value;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                if (commandId is not null && ex.Status == 409 && (ex.FailedTransactionActionIndex == commit.DedupeIndex
                    || (ex.FailedTransactionActionIndex is null && await IsAppliedAsync(partition, commandId, ct).ConfigureAwait(false))))
                    return await DuplicateAsync(partition, instanceId, commandId, ct).ConfigureAwait(false);
                if (attempt >= MaxAttempts) throw new ProcessConflictException(Name, instanceId, attempt);
                logger.Conflict(Name, instanceId, attempt);
                await Task.Delay(ConflictBackoff(attempt), ct).ConfigureAwait(false);
                continue;
            }

            logger.Committed(Name, instanceId, events.Count, commit.Version);
            await DispatchAsync(commit, results, instanceId, now, ct).ConfigureAwait(false);
            return new(commit.State, commit.Version, events, false);
        }
    }

    private async Task<bool> IsAppliedAsync(string partition, string commandId, CancellationToken ct) =>
        await store.Processes.GetEntityOrNullAsync(partition, ProcessKeys.Dedupe(commandId), ["Version"], ct).ConfigureAwait(false) is not null;

    private async Task<CommandResult<TState, TEvent>> DuplicateAsync(string partition, string instanceId, string commandId, CancellationToken ct)
    {
        logger.DuplicateCommand(Name, instanceId, commandId);
        var current = await LoadAsync(partition, ct).ConfigureAwait(false);
        return new(current.State, current.Version, [], true);
    }

    // Small and jittered, so competing writers on one instance spread out instead of colliding again.
    private static TimeSpan ConflictBackoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(5 * Math.Pow(2, Math.Min(attempt, 6)), 200) * (0.5 + Random.Shared.NextDouble()));

    async Task IProcessRunner.FireTimerAsync(string instanceId, string commandJson, string timerId, CancellationToken ct) =>
        await HandleAsync(instanceId, ProcessJson.Deserialize<TCommand>(commandJson), timerId, ct).ConfigureAwait(false);

    Task IProcessRunner.DeliverEffectAsync(string effectJson, EffectContext context, CancellationToken ct) =>
        effects.HandleAsync(ProcessJson.Deserialize<TEffect>(effectJson), context, ct);
}
