using System.Text.RegularExpressions;
using Reopen.Functions.Approvals.BusinessSms;
using Reopen.Functions.Approvals.DecisionEmails;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Notifications;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>
/// What a business or an official typed reaches officials' mail only as inert text: defanged in the subject, the plain text
/// and the HTML, so the only link is the genuine one; and no SMS carries typed text at all.
/// </summary>
public partial class TypedTextInMailTests
{
    private const string LinkName = "请改用新链接 https://evil.example/login 审批";
    private const string LinkNote = "已修改，请改用 https://evil.example/x 或联系 a@b.cn\u202E";
    private const string LinkReason = "请到 www.evil.example 重新提交";
    private const string DecisionUrl = "https://reopen.example/api/decisions/abc.def";
    private static readonly DistrictPolicy Policy = PolicyCatalog.Load("default");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Official Director = new("street:QH01:director", "吴晓梅", "director@qh01.example", new("街道办事处主任", "Street office director"));

    [Theory]
    [InlineData("https://evil.example/x", "https[:]//evil[.]example/x")]
    [InlineData("联系 a@b.cn", "联系 a[@]b[.]cn")]
    [InlineData("ｅｖｉｌ．ｅｘａｍｐｌｅ", "evil[.]example")]
    [InlineData("见\u202Eevil.example\u200B", "见evil[.]example")]
    [InlineData("一、已补充，每日3.5升。\n二、No. 5 Road", "一、已补充，每日3.5升。\n二、No. 5 Road")]
    public void Mail_text_is_defanged_without_invisible_characters_and_keeps_line_breaks(string typed, string shown) =>
        Assert.Equal(shown, MailText.Inert(typed));

    [Fact]
    public void Decision_email_shows_the_name_note_and_return_reason_defanged_in_subject_text_and_html()
    {
        var email = EmailApprover(LinkName, round: 2);
        var amendment = new DecisionAmendment(Director, LinkReason, At, LinkNote, At.AddHours(1));

        var message = DecisionEmailComposer.Compose(email, Policy, DecisionUrl, amendment);

        Assert.Contains("https[:]//evil[.]example/login", message.Subject);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("请改用新链接 https[:]//evil[.]example/login 审批", body);
            Assert.Contains("https[:]//evil[.]example/x", body);
            Assert.Contains("a[@]b[.]cn", body);
            Assert.Contains("www[.]evil[.]example", body);
            Assert.DoesNotContain("\u202E", body, StringComparison.Ordinal);
        }
        AssertOnlyTheGenuineLink(message, DecisionUrl);
    }

    [Fact]
    public void Call_back_email_shows_the_name_and_reason_defanged_and_in_its_English_half_too()
    {
        var opened = new CallbackTaskOpened("F1", "QH01", [Director], LinkName, "张小三", "13812345678", LinkReason, At, Priority: false);
        const string url = "https://reopen.example/api/callbacks/abc.def";

        var message = CallbackOpenedHandler.Compose(opened, Director, url, At.AddDays(7));

        Assert.Contains("https[:]//evil[.]example/login", message.Subject);
        var english = message.TextBody[message.TextBody.IndexOf("----", StringComparison.Ordinal)..];
        Assert.Contains("Business: 请改用新链接 https[:]//evil[.]example/login 审批", english);
        Assert.Contains("Reason for rejection: 请到 www[.]evil[.]example 重新提交", english);
        var englishHtml = message.HtmlBody[message.HtmlBody.IndexOf("<hr>", StringComparison.Ordinal)..];
        Assert.Contains("<th align=\"left\">Business</th><td>请改用新链接 https[:]//evil[.]example/login 审批</td>", englishHtml);
        Assert.Contains("<th align=\"left\">Reason for rejection</th><td>请到 www[.]evil[.]example 重新提交</td>", englishHtml);
        AssertOnlyTheGenuineLink(message, url);
    }

    [Theory]
    [InlineData(SmsKind.Approved)]
    [InlineData(SmsKind.Rejected)]
    [InlineData(SmsKind.Returned)]
    public void Sms_has_one_link_the_apps_own(SmsKind kind)
    {
        const string link = "https://reopen.example/api/filings/F260301K7QD2MZX4A/status";
        var sms = new SmsToBusiness("F260301K7QD2MZX4A", "13812345678", kind, kind == SmsKind.Approved ? "复工〔2026〕QH-7K3M9TQX" : null);

        var body = BusinessSmsComposer.Compose(sms, Policy.Name.Zh, link);

        Assert.Equal([link], Urls().Matches(body).Select(m => m.Value));
    }

    // Every URL, e-mail address or domain the client could link is the genuine one: the rest is defanged.
    private static void AssertOnlyTheGenuineLink(EmailMessage message, string url)
    {
        foreach (var part in new[] { message.Subject, message.TextBody, Regex.Replace(message.HtmlBody, "<[^>]+>", " ") })
            Assert.False(LinkLikeText.Contains(part.Replace(url, "")), part);
        Assert.All(Regex.Matches(message.HtmlBody, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.Equal(url, href));
    }

    private static EmailApprover EmailApprover(string businessName, int round) => new("F1", "street", StepKind.StreetCoSign, round, Director,
        EmailPurpose.Decide, businessName, BusinessCategory.General, BusinessScale.BelowScale, "QH01", At.AddDays(1), At.AddDays(3), Priority: false);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Urls();
}
