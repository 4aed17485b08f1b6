using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Approvals.BusinessSms;

/// <summary>
/// 复工反馈短信: fixed words, the permit or filing number and the app's own link, never text anyone typed (no business name,
/// no reason), so that nobody can put a link or a message of their own into an SMS the district sends. The reason is on the
/// status page behind the access code; for a rejection the street office also calls.
/// </summary>
internal static class BusinessSmsComposer
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);

    /// <param name="link">The placard page (approved) or the status page (rejected, returned).</param>
    public static string Compose(SmsToBusiness sms, string districtName, string link) =>
        Zh.T("businessSms.signature", districtName)
        + Zh.T($"businessSms.{sms.Kind}", sms.Kind == SmsKind.Approved ? sms.PermitNumber : sms.FilingId, link);
}
