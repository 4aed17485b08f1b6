using Microsoft.Extensions.Logging;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// How the app sends a process's instances commands and reads them. A command is first checked against the state
/// people see (a refusal is told at once and sends nothing), then started or raised on the instance's orchestration,
/// and its outcome awaited for a short while: the state and the events as the orchestration applied them.
/// </summary>
public sealed class ProcessEngine<TState, TCommand, TEvent, TEffect>
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    // In one process the activity's signal comes first; the polls are for an activity run by another app instance.
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(1);

    private readonly IProcess<TState, TCommand, TEvent, TEffect> _process;
    private readonly ProcessReadModel<TState, TEvent> _readModel;
    private readonly IOrchestrationGateway _gateway;
    private readonly CommandSignals _signals;
    private readonly TimeProvider _time;
    private readonly TimeSpan _outcomeWait;
    private readonly ILogger _logger;
    private readonly ProcessTaskNames _names;

    public ProcessEngine(IProcess<TState, TCommand, TEvent, TEffect> process, ProcessReadModel<TState, TEvent> readModel,
        IOrchestrationGateway gateway, CommandSignals signals, TimeProvider time, TimeSpan outcomeWait, ILogger logger)
    {
        _process = process ?? throw new ArgumentNullException(nameof(process));
        _readModel = readModel ?? throw new ArgumentNullException(nameof(readModel));
        _gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _outcomeWait = outcomeWait;
        _names = ProcessTaskNames.For(process.Name);
    }

    public string Name => _process.Name;

    /// <summary>
    /// Applies the command and answers with its outcome. <see cref="CommandRejectedException"/> when the rules refuse it
    /// (before sending, or in the orchestration when someone got there first); <see cref="CommandPendingException"/>
    /// when the orchestration has not applied it within the wait. A <paramref name="commandId"/> already applied answers
    /// Duplicate = true with the current state.
    /// </summary>
    public async Task<CommandResult<TState, TEvent>> HandleAsync(string instanceId, TCommand command, string? commandId = null,
        CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        ProcessKeys.ValidateCommandId(commandId);
        ArgumentNullException.ThrowIfNull(command);
        commandId ??= Guid.NewGuid().ToString("N");

        if (await KnownAsync(instanceId, commandId, ct).ConfigureAwait(false) is { } known) return known;

        var snapshot = await _readModel.GetAsync(instanceId, ct).ConfigureAwait(false);
        var state = snapshot?.State ?? _process.Initial;
        var now = _time.GetUtcNow();
        try
        {
            if (_process.Decide(command, state, now).Count == 0) return new(state, snapshot?.Version ?? 0, [], false);
        }
        catch (CommandRejectedException e)
        {
            // The same command may have been applied since the look above (a concurrent retry): it answers as a repeat.
            if (await KnownAsync(instanceId, commandId, ct).ConfigureAwait(false) is { } applied) return applied;
            _logger.LogInformation("Process {Process} instance {InstanceId} refused {CommandType}: {Code}", Name, instanceId, command.GetType().Name, e.Code);
            throw;
        }

        var sent = new ProcessCommand<TCommand>(commandId, command);
        if (snapshot is null && await StartAsync(instanceId, sent, now, ct).ConfigureAwait(false) is { } first) return first;
        return await SendAsync(instanceId, sent, commandId, state, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A command under an id minted by this request, checked first against the <paramref name="snapshot"/> the caller has
    /// just read: <see cref="HandleAsync"/> without its two reads (no earlier outcome of a new id can exist, and the state
    /// is fresh). The orchestration decides again on the state it holds, so a decision made since is still refused.
    /// </summary>
    public async Task<CommandResult<TState, TEvent>> HandleNewAsync(ProcessSnapshot<TState> snapshot, TCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(command);
        var instanceId = snapshot.InstanceId;
        if (ChangesNothing(instanceId, command, snapshot.State, _time.GetUtcNow())) return new(snapshot.State, snapshot.Version, [], false);
        var commandId = Guid.NewGuid().ToString("N");
        return await SendAsync(instanceId, new ProcessCommand<TCommand>(commandId, command), commandId, snapshot.State, ct).ConfigureAwait(false);
    }

    /// <summary>The rules' look before sending: true when the command changes nothing; a refusal is logged and thrown.</summary>
    private bool ChangesNothing(string instanceId, TCommand command, TState state, DateTimeOffset now)
    {
        try
        {
            return _process.Decide(command, state, now).Count == 0;
        }
        catch (CommandRejectedException e)
        {
            _logger.LogInformation("Process {Process} instance {InstanceId} refused {CommandType}: {Code}", Name, instanceId, command.GetType().Name, e.Code);
            throw;
        }
    }

    /// <summary>Raises the command on the running instance and answers with its outcome as the orchestration applied it.</summary>
    private async Task<CommandResult<TState, TEvent>> SendAsync(string instanceId, ProcessCommand<TCommand> sent, string commandId, TState state,
        CancellationToken ct)
    {
        using var waiter = _signals.Register(instanceId, commandId);
        await _gateway.RaiseEventAsync(instanceId, _names.CommandEvent, sent, ct).ConfigureAwait(false);

        var recorded = await WaitForOutcomeAsync(instanceId, commandId, waiter.Signalled, ct).ConfigureAwait(false);
        switch (recorded)
        {
            case ProcessCommit<TState, TEvent> commit:
                return new(commit.State, commit.Version, commit.Events, false);
            case CommandRejection rejection:
                throw Refused(instanceId, sent.Command, rejection.Code, rejection.Message);
            case CommandOutcome { IsRejected: true } outcome:
                throw Refused(instanceId, sent.Command, outcome.RejectedCode!, outcome.RejectedMessage!);
            default:
                var applied = (CommandOutcome)recorded;
                var after = await _readModel.GetAsync(instanceId, ct).ConfigureAwait(false);
                var events = await _readModel.EventsOfAsync(instanceId, applied, ct).ConfigureAwait(false);
                return new(after?.State ?? state, after?.Version ?? 0, events, false);
        }
    }

    /// <summary>
    /// The first command of an instance whose id the caller has just minted, so no one else can have started it or sent it
    /// anything: <see cref="HandleAsync"/> without its two reads for an earlier instance and an earlier command.
    /// </summary>
    public async Task<CommandResult<TState, TEvent>> StartNewAsync(string instanceId, TCommand command, string commandId, CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        ProcessKeys.ValidateCommandId(commandId);
        ArgumentNullException.ThrowIfNull(command);
        var now = _time.GetUtcNow();
        if (ChangesNothing(instanceId, command, _process.Initial, now)) return new(_process.Initial, 0, [], false);
        return await StartAsync(instanceId, new ProcessCommand<TCommand>(commandId, command), now, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Process {Name} instance {instanceId} exists already: its id was not new.");
    }

    /// <summary>A command id already applied answers Duplicate with the current state; one already refused, its refusal.</summary>
    private async Task<CommandResult<TState, TEvent>?> KnownAsync(string instanceId, string commandId, CancellationToken ct)
    {
        if (await _readModel.OutcomeAsync(instanceId, commandId, ct).ConfigureAwait(false) is not { } known) return null;
        if (known.IsRejected) throw new CommandRejectedException(known.RejectedCode!, known.RejectedMessage!);
        _logger.LogInformation("Process {Process} instance {InstanceId} already applied command {CommandId}", Name, instanceId, commandId);
        var current = await _readModel.GetAsync(instanceId, ct).ConfigureAwait(false);
        return new(current?.State ?? _process.Initial, current?.Version ?? 0, [], Duplicate: true);
    }

    private CommandRejectedException Refused(string instanceId, TCommand command, string code, string message)
    {
        _logger.LogInformation("Process {Process} instance {InstanceId} refused {CommandType} in its orchestration: {Code}",
            Name, instanceId, command.GetType().Name, code);
        return new CommandRejectedException(code, message);
    }

    /// <summary>
    /// The first command needs no wait: the rules are pure, so the sender and the orchestration (given the same time)
    /// reach the same outcome, and both record it; whichever write comes second finds it there and changes nothing.
    /// Null when the instance exists already (a concurrent start): the command then goes as an event.
    /// </summary>
    private async Task<CommandResult<TState, TEvent>?> StartAsync(string instanceId, ProcessCommand<TCommand> sent, DateTimeOffset now,
        CancellationToken ct)
    {
        var empty = new ProcessRun<TState, TCommand>(_process.Initial, 0, [], []);
        if (!await _gateway.StartAsync(_names.Orchestrator, instanceId, empty with { First = sent, FirstAt = now }, ct).ConfigureAwait(false))
            return null;
        var step = ProcessTransition.Apply(_process, instanceId, empty, sent, now);
        if (step.Commit is { } commit) await _readModel.CommitAsync(commit, ct).ConfigureAwait(false);
        return new(step.Run.State, step.Run.Version, step.Commit?.Events ?? [], false);
    }

    public Task<ProcessSnapshot<TState>?> GetAsync(string instanceId, CancellationToken ct = default) => _readModel.GetAsync(instanceId, ct);

    public Task<IReadOnlyList<RecordedEvent<TEvent>>> HistoryAsync(string instanceId, CancellationToken ct = default) =>
        _readModel.HistoryAsync(instanceId, ct);

    public IAsyncEnumerable<ProcessSnapshot<TState>> ListAsync(string? status = null, CancellationToken ct = default) =>
        _readModel.ListAsync(status, ct);

    /// <summary>
    /// What the recording activity handed over when it ran in this process (a commit or a refusal); otherwise the outcome
    /// row, polled more slowly as time passes.
    /// </summary>
    private async Task<object> WaitForOutcomeAsync(string instanceId, string commandId, Task<object> signalled, CancellationToken ct)
    {
        var giveUpAt = _time.GetUtcNow() + _outcomeWait;
        var pause = FirstPoll;
        while (true)
        {
            var remaining = giveUpAt - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero) throw new CommandPendingException(Name, instanceId, _outcomeWait);
            await Task.WhenAny(signalled, Task.Delay(pause < remaining ? pause : remaining, _time, ct)).ConfigureAwait(false);
            if (signalled.IsCompletedSuccessfully) return signalled.Result;
            ct.ThrowIfCancellationRequested();
            if (await _readModel.OutcomeAsync(instanceId, commandId, ct).ConfigureAwait(false) is { } outcome) return outcome;
            pause = pause * 2 < LongestPoll ? pause * 2 : LongestPoll;
        }
    }
}
