using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Rejected: an SMS with the reason and a call-back (电话回访) by the street office.</summary>
public sealed class CallbackSpecs
{
    private const string Why = "防控物资不足,口罩仅够一日使用";

    [Fact]
    public void Rejection_texts_the_reason_and_opens_a_call_back_task_with_the_business_phone() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Secretary, CoSign, Verdict.Reject, Why), At(3))
            .ThenSome()
            .Effects(
                new SmsToBusiness("F-0001", "13812345678", SmsKind.Rejected, null),
                new CallbackTaskOpened("F-0001", "QH01", [Director], "清源鲜果超市", "张小三", "13812345678", Why, At(3), false))
            .Timers()
            .State(s => Assert.Equal(Spec.Json(new CallbackTask(CallbackStatus.Open, Why, [Director], At(3), null, null, null)), Spec.Json(s.Callback)));

    [Fact]
    public void Closing_the_call_back_records_what_was_said_and_by_whom() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Rejected(Secretary, Why, At(3)))
            .When(new CloseCallback(Director.Id, "已电话告知补足口罩后重新备案,企业表示三日内补齐"), At(100))
            .Then(new CallbackClosed(Director, "已电话告知补足口罩后重新备案,企业表示三日内补齐", At(100)))
            .Effects(new CallbackTaskClosed("F-0001", "QH01", Director, "已电话告知补足口罩后重新备案,企业表示三日内补齐", At(100)))
            .State(s =>
            {
                Assert.Equal(CallbackStatus.Closed, s.Callback!.Status);
                Assert.Equal(Director, s.Callback.ClosedBy);
                Assert.Equal(At(100), s.Callback.ClosedAt);
                Assert.Equal(ApprovalStatus.Rejected, s.Status);
            });

    [Fact]
    public void Closing_the_call_back_twice_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Rejected(Secretary, Why, At(3)).Handled(new CloseCallback(Director.Id, "已回访"), At(50)))
            .When(new CloseCallback(Director.Id, "再次回访"), At(60))
            .ThenRejected(ApprovalRejections.CallbackAlreadyClosed);

    [Fact]
    public void Call_back_notes_are_required() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Rejected(Secretary, Why, At(3)))
            .When(new CloseCallback(Director.Id, "  "), At(50))
            .ThenRejected(ApprovalRejections.ReasonRequired);

    [Fact]
    public void Call_back_closed_by_someone_who_is_not_an_official_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Rejected(Secretary, Why, At(3)))
            .When(new CloseCallback("street:QH01:janitor", "已回访"), At(50))
            .ThenRejected(ApprovalRejections.NotAnOfficial);

    [Fact]
    public void Pending_filing_has_no_call_back_to_close() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new CloseCallback(Director.Id, "已回访"), At(50))
            .ThenRejected(ApprovalRejections.NoCallback);

    [Fact]
    public void Approval_opens_no_call_back() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)))
            .When(Decision(Director, CoSign), At(2))
            .ThenSome()
            .State(s => Assert.Null(s.Callback));
}
