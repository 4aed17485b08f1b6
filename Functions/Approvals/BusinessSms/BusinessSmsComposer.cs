using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Approvals.BusinessSms;

/// <summary>复工反馈短信: short enough for a few SMS segments; a long reason or name is shortened, never the link.</summary>
internal static class BusinessSmsComposer
{
    public const int MaxLength = 199;
    private const string Ellipsis = "…";
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);

    /// <param name="link">The placard page (approved) or the status page (returned); unused for a rejection.</param>
    public static string Compose(SmsToBusiness sms, string districtName, string link)
    {
        var signature = Zh.T("businessSms.signature", districtName);
        var template = Zh[$"businessSms.{sms.Kind}"];
        string Render(string name, string reason) =>
            signature + string.Format(Zh.Culture, template, name, sms.Kind == SmsKind.Approved ? sms.PermitNumber : reason, link);

        var name = sms.BusinessName;
        var reason = (sms.Reason ?? "").Trim();
        var over = Render(name, reason).Length - MaxLength;
        if (over > 0 && reason.Length > 0)
        {
            reason = Shorten(reason, Math.Max(reason.Length - over, 12));
            over = Render(name, reason).Length - MaxLength;
        }
        if (over > 0) name = Shorten(name, Math.Max(name.Length - over, 8));
        return Render(name, reason);
    }

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : text[..Math.Max(length - Ellipsis.Length, 1)] + Ellipsis;
}
