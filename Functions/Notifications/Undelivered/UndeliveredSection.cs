using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Notifications.Undelivered;

/// <summary>A message that will not be sent, in the request's language (status API and pages).</summary>
/// <param name="Purpose">decisionEmail, businessSms or callbackEmail.</param>
public sealed record UndeliveredView(string Purpose, string Message, string To, string Reason, DateTimeOffset At)
{
    public static UndeliveredView From(Texts t, UndeliveredMessage m) => new(m.Purpose, t["undelivered." + m.Purpose], Recipient(t, m), Cause(t, m), m.At);

    private static string Recipient(Texts t, UndeliveredMessage m) => m.Purpose switch
    {
        UndeliveredMessage.BusinessSms => t["undelivered.toBusiness"],
        UndeliveredMessage.CallbackEmail => t["undelivered.toCallback"],
        _ => m.RecipientRole is { } role ? t.T("approval.person", m.RecipientName, t.Local(role)) : m.RecipientName ?? "",
    };

    private static string Cause(Texts t, UndeliveredMessage m) => m.Refused
        ? t.T("undelivered.refused", m.Provider, m.Status?.ToString(t.Culture) ?? t["undelivered.noAnswer"])
        : t.T(m.Attempts == 1 ? "undelivered.failed.one" : "undelivered.failed.other", m.Attempts);
}

/// <summary>The card on a filing's pages that lists its messages that will not be sent; nothing when there are none.</summary>
internal static class UndeliveredSection
{
    public static Html Compose(Texts t, IReadOnlyList<UndeliveredView> messages) => messages.Count == 0 ? Html.Empty : Html.Of($"""
        <section class="card undelivered" role="alert">
        <h2>{t["undelivered.heading"]}</h2>
        <p>{t["undelivered.hint"]}</p>
        <table>
        <tr><th>{t["undelivered.at"]}</th><th>{t["undelivered.what"]}</th><th>{t["undelivered.to"]}</th><th>{t["undelivered.why"]}</th></tr>
        {messages.Select(m => Html.Of($"<tr data-purpose=\"{m.Purpose}\"><td>{t.At(m.At)}</td><td>{m.Message}</td><td>{m.To}</td><td>{m.Reason}</td></tr>"))}
        </table>
        </section>
        """);
}
