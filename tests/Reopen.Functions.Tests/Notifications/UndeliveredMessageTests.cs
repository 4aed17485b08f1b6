using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>When a message effect's failure is final, and how it reads on a filing's pages.</summary>
public class UndeliveredMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly SmsToBusiness Sms = new("F-1", "13812345678", SmsKind.Approved, "P-1");

    [Fact]
    public void Throttling_before_the_last_try_is_not_final()
    {
        Assert.Null(UndeliveredMessage.From(Sms, Context(attempt: EffectRetryPolicy.MaxAttempts - 1), new TransientNotificationException("ACS", 503, null), Now));
    }

    [Fact]
    public void Failure_on_the_last_try_is_recorded_as_still_not_sent_after_every_try()
    {
        var m = UndeliveredMessage.From(Sms, Context(attempt: EffectRetryPolicy.MaxAttempts), new TransientNotificationException("ACS", 503, null), Now)!;

        var en = UndeliveredView.From(Texts.For(UiLanguage.En), m);
        Assert.Equal(("F-1", false, "SMS to the business", "The business's responsible person", "Still not sent after 8 tries"),
            (m.FilingId, m.Refused, en.Message, en.To, en.Reason));
        Assert.Equal("尝试 8 次后仍未发出", UndeliveredView.From(Texts.For(UiLanguage.Zh), m).Reason);
    }

    [Fact]
    public void Refusal_is_final_on_the_first_try_and_names_the_provider_and_status_but_no_address()
    {
        var approver = new Official("wu", "吴晓梅", "qh01.director@qinghe.gov.example", new Reopen.Orchestrations.Policy.LocalizedText("街道办主任", "Subdistrict Director"));
        var email = new EmailApprover("F-2", "s1", StepKind.StreetCoSign, 1, approver, EmailPurpose.Decide, "清源鲜果批发行", BusinessCategory.General,
            BusinessScale.BelowScale, "QH01", Now, Now, false);

        var m = UndeliveredMessage.From(email, Context(attempt: 1), new PermanentNotificationException("SendGrid", 400, "fields personalizations.0.to"), Now)!;

        var en = UndeliveredView.From(Texts.For(UiLanguage.En), m);
        Assert.Equal(("吴晓梅 (Subdistrict Director)", "Refused by the messaging service (SendGrid, 400)"), (en.To, en.Reason));
        Assert.DoesNotContain("qh01.director", en.ToString());
    }

    [Fact]
    public void Failures_of_effects_that_are_not_messages_are_not_recorded()
    {
        var permit = new PermitIssued("F-3", "P-3", "清源鲜果批发行", "91350100MA0000001X", "地址", "QH01", "wholesale", BusinessCategory.General, Now);

        Assert.Null(UndeliveredMessage.From(permit, Context(attempt: EffectRetryPolicy.MaxAttempts), new InvalidOperationException("down"), Now));
    }

    private static EffectContext Context(int attempt) => new("Approval", "F-1", "Approval|F-1|3|0", attempt);
}
