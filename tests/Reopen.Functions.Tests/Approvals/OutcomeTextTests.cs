using Reopen.Functions.Approvals.BusinessSms;
using Reopen.Functions.Permits;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Tests.Approvals;

public class OutcomeTextTests
{
    [Fact]
    public void Approval_sms_gives_the_permit_and_placard_in_fixed_words()
    {
        var sms = new SmsToBusiness("F1", "13812345678", SmsKind.Approved, "复工〔2026〕QH-7K3M9TQX");

        var body = BusinessSmsComposer.Compose(sms, "清河区", "https://reopen.example/api/permits/QH-7K3M9TQX/placard");

        Assert.Equal("【清河区复工复产】您的复工备案已通过，许可编号复工〔2026〕QH-7K3M9TQX。公示牌：https://reopen.example/api/permits/QH-7K3M9TQX/placard", body);
    }

    [Theory]
    [InlineData(SmsKind.Rejected, "【清河区复工复产】您的复工备案F260301K7QD2MZX4A未通过，街道将致电说明原因。也可凭查询码查看：")]
    [InlineData(SmsKind.Returned, "【清河区复工复产】您的复工备案F260301K7QD2MZX4A需修改后重新提交，请凭查询码查看原因并修改：")]
    public void Rejection_and_return_sms_give_the_filing_number_and_the_status_page_in_under_200_characters(SmsKind kind, string words)
    {
        const string link = "https://reopen.example/api/filings/F260301K7QD2MZX4A/status";

        var body = BusinessSmsComposer.Compose(new SmsToBusiness("F260301K7QD2MZX4A", "13812345678", kind, null), "清河区", link);

        Assert.Equal(words + link, body);
        Assert.True(body.Length < 200, $"{body.Length}: {body}");
    }

    [Theory]
    [InlineData("复工〔2026〕QH-7K3M9TQX", "QH-7K3M9TQX")]
    [InlineData("QH-7K3M9TQX", "QH-7K3M9TQX")]
    public void Permit_key_is_the_ascii_tail_of_the_number(string number, string key)
    {
        Assert.Equal(key, PermitLinks.KeyOf(number));
        Assert.Equal("/api/permits/" + key, PermitLinks.VerifyPath(number));
        Assert.Equal("/api/permits/" + key + "/placard", PermitLinks.PlacardPath(number));
    }
}
