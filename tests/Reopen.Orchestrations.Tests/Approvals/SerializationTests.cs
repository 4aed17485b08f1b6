using System.Text.Json;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Everything the runtime stores round-trips through <see cref="ProcessJson.Options"/> unchanged.</summary>
public sealed class SerializationTests
{
    // Touches every event type: submit, escalation, overdue, co-signature, return, amendment, approval, rejection, call-back.
    private static Past Eventful()
    {
        var past = Past.Submitted(AboveScale, T0)
            .Handled(new Remind(StreetReview, 1, 0), At(5))
            .DeadlinePassed(At(10)).DeadlinePassed(At(20)).DeadlinePassed(At(30)).DeadlinePassed(At(40))
            .Returned(GroupHead, "请补充应急预案", At(50))
            .Handled(new Amend(AboveScale with { Address = "清河区清源路90号" }, "已补充"), At(60))
            .Approved(Director, At(61))
            .Approved(Industry, At(62))
            .Rejected(GroupMember, "安全生产保障不到位", At(63))
            .Handled(new CloseCallback(Director.Id, "已回访"), At(70));
        return past;
    }

    [Fact]
    public void Every_event_type_round_trips()
    {
        var events = Eventful().Events.Concat(Approved().Events).Append(new FilingWithdrawn("暂缓", At(1))).ToArray();
        Assert.Equal(AllSubtypesOf<ApprovalEvent>(), events.Select(e => e.GetType()).Distinct().OrderBy(t => t.Name));

        foreach (var e in events) RoundTrips(e);
    }

    [Fact]
    public void State_round_trips_and_keeps_chinese_readable()
    {
        var state = Eventful().State;

        var json = JsonSerializer.Serialize(state, ProcessJson.Options);
        var back = JsonSerializer.Deserialize<ApprovalState>(json, ProcessJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, ProcessJson.Options));
        Assert.Contains("清源鲜果超市", json);
        Assert.Contains("\"status\":\"Rejected\"", json);
        Assert.Equal(ApprovalStatus.Rejected, back.Status);
        Assert.Equal(StepKind.LeadingGroupReview, back.Steps[2].Kind);
    }

    [Fact]
    public void Every_command_type_round_trips()
    {
        ApprovalCommand[] commands =
        [
            new Submit(BelowScale), Decision(Director, CoSign, Verdict.Return, "缺少花名册"), new Amend(BelowScale, "已补充"),
            new Withdraw("暂缓"), new Remind(CoSign, 1, 0), new Escalate(CoSign, 1, 2), new CloseCallback(Director.Id, "已回访"),
        ];
        Assert.Equal(AllSubtypesOf<ApprovalCommand>(), commands.Select(c => c.GetType()).OrderBy(t => t.Name));

        foreach (var c in commands) RoundTrips(c);
    }

    [Fact]
    public void Every_effect_type_round_trips()
    {
        var effects = EffectsOf(Eventful()).Concat(EffectsOf(Approved())).ToArray();
        Assert.Equal(AllSubtypesOf<ApprovalEffect>(), effects.Select(e => e.GetType()).Distinct().OrderBy(t => t.Name));

        foreach (var e in effects) RoundTrips(e);
    }

    [Fact]
    public void Polymorphic_records_carry_a_type_discriminator() =>
        Assert.StartsWith("{\"$type\":\"StepReminded\"", JsonSerializer.Serialize<ApprovalEvent>(new StepReminded(CoSign, 1, 0, T0), ProcessJson.Options));

    private static Past Approved() => Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)).Approved(Director, At(2));

    private static IEnumerable<ApprovalEffect> EffectsOf(Past past)
    {
        var state = past.Process.Initial;
        foreach (var e in past.Events)
        {
            state = past.Process.Evolve(state, e);
            foreach (var effect in past.Process.Effects(state, e)) yield return effect;
        }
    }

    private static IEnumerable<Type> AllSubtypesOf<T>() =>
        typeof(T).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(T))).OrderBy(t => t.Name);

    private static void RoundTrips<T>(T value) where T : class
    {
        var json = JsonSerializer.Serialize(value, ProcessJson.Options);
        var back = JsonSerializer.Deserialize<T>(json, ProcessJson.Options)!;
        Assert.Equal(value.GetType(), back.GetType());
        Assert.Equal(json, JsonSerializer.Serialize(back, ProcessJson.Options));
    }
}
