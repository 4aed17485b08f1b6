using System.Text.Json;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>One-expression specifications: Given(history).When(command, at).Then(events) / ThenRejected(code).</summary>
internal sealed class Spec
{
    private readonly ApprovalProcess _process;
    private readonly IReadOnlyList<ApprovalEvent> _history;
    private ApprovalCommand? _command;
    private DateTimeOffset _at;

    private Spec(ApprovalProcess process, IReadOnlyList<ApprovalEvent> history) => (_process, _history) = (process, history);

    public static Spec Given(params ApprovalEvent[] history) => new(Fixtures.Process, history);

    public static Spec Given(Past past) => new(past.Process, past.Events);

    public Spec When(ApprovalCommand command, DateTimeOffset at)
    {
        (_command, _at) = (command, at);
        return this;
    }

    public Outcome Then(params ApprovalEvent[] expected)
    {
        var outcome = Run();
        Same(expected, outcome.Events);
        return outcome;
    }

    /// <summary>For specs that check only what the events lead to (state, effects, timers).</summary>
    public Outcome ThenSome() => Run();

    public void ThenNothing() => Assert.Empty(Run().Events);

    public CommandRejectedException ThenRejected(string code)
    {
        var state = Fold(_process, _history);
        var rejected = Assert.Throws<CommandRejectedException>(() => _process.Decide(_command!, state, _at));
        Assert.Equal(code, rejected.Code);
        return rejected;
    }

    private Outcome Run()
    {
        var state = Fold(_process, _history);
        var events = _process.Decide(_command ?? throw new InvalidOperationException("When(...) is missing."), state, _at);
        var effects = new List<ApprovalEffect>();
        var timers = new List<DurableTimer<ApprovalCommand>>();
        foreach (var e in events)
        {
            state = _process.Evolve(state, e);
            effects.AddRange(_process.Effects(state, e));
            timers.AddRange(_process.Timers(state, e));
        }
        return new Outcome(events, state, effects, timers);
    }

    internal static ApprovalState Fold(ApprovalProcess process, IEnumerable<ApprovalEvent> events) =>
        events.Aggregate(process.Initial, process.Evolve);

    // Records holding lists compare by reference; their JSON compares by content and shows a readable difference.
    internal static void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual)
    {
        Assert.Equal(expected.Select(Json).ToArray(), actual.Select(Json).ToArray());
    }

    internal static string Json<T>(T value) => JsonSerializer.Serialize(value, ProcessJson.Options);

    internal sealed record Outcome(
        IReadOnlyList<ApprovalEvent> Events,
        ApprovalState Final,
        IReadOnlyList<ApprovalEffect> AllEffects,
        IReadOnlyList<DurableTimer<ApprovalCommand>> AllTimers)
    {
        public Outcome Effects(params ApprovalEffect[] expected)
        {
            Same(expected, AllEffects);
            return this;
        }

        public Outcome Timers(params DurableTimer<ApprovalCommand>[] expected)
        {
            Same(expected, AllTimers);
            return this;
        }

        public Outcome State(Action<ApprovalState> check)
        {
            check(Final);
            return this;
        }
    }
}
