using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Who a filing waits on, as the officials' digest lists them.</summary>
public sealed class WaitingDecisionSpecs
{
    private static string[] WaitedOn(Past given, DateTimeOffset now) =>
        [.. WaitingDecisions.Of(given.State, now).Select(w => w.Official.Id).Order()];

    [Fact]
    public void Given_a_co_signing_step_just_opened_both_signers_are_waited_on() =>
        Assert.Equal(new[] { Director.Id, Secretary.Id }.Order(), WaitedOn(Past.Submitted(BelowScale, T0), At(60)));

    [Fact]
    public void Given_one_signature_only_the_other_signer_is_waited_on() =>
        Assert.Equal([Director.Id], WaitedOn(Past.Submitted(BelowScale, T0).Approved(Secretary, At(2)), At(60)));

    [Fact]
    public void Given_a_decided_filing_nobody_is_waited_on()
    {
        Assert.Empty(WaitedOn(Past.Submitted(BelowScale, T0).Approved(Secretary, At(2)).Approved(Director, At(3)), At(60)));
        Assert.Empty(WaitedOn(Past.Submitted(BelowScale, T0).Rejected(Director, "不符合条件", At(2)), At(60)));
    }

    [Fact]
    public void Given_a_route_of_steps_only_the_open_step_s_holders_are_waited_on()
    {
        var given = Past.Submitted(AboveScale, T0);
        var open = given.State.CurrentStep!;

        var waiting = WaitingDecisions.Of(given.State, At(60)).ToArray();

        Assert.Equal(open.Awaiting.Select(o => o.Id).Order(), waiting.Select(w => w.Official.Id).Order());
        Assert.All(waiting, w => Assert.Equal((open.StepId, open.Round, open.LinksExpireAt), (w.StepId, w.Round, (DateTimeOffset?)w.LinksExpireAt)));
    }

    [Fact]
    public void Given_links_that_have_expired_nobody_is_sent_a_link_that_no_longer_opens()
    {
        var given = Past.Submitted(BelowScale, T0);

        Assert.Empty(WaitedOn(given, given.State.CurrentStep!.LinksExpireAt!.Value));
    }
}
