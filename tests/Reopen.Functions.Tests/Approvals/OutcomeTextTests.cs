using Reopen.Functions.Approvals.BusinessSms;
using Reopen.Functions.Permits;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Tests.Approvals;

public class OutcomeTextTests
{
    [Fact]
    public void Approval_sms_names_the_business_permit_and_placard()
    {
        var sms = new SmsToBusiness("F1", "13812345678", SmsKind.Approved, "清源鲜果超市", "复工〔2026〕QH-7K3M9TQX", null);

        var body = BusinessSmsComposer.Compose(sms, "清河区", "https://reopen.example/api/permits/QH-7K3M9TQX/placard");

        Assert.Equal("【清河区复工复产】清源鲜果超市：您的复工备案已通过，许可编号复工〔2026〕QH-7K3M9TQX。公示牌：https://reopen.example/api/permits/QH-7K3M9TQX/placard", body);
    }

    [Fact]
    public void Long_reason_and_name_are_shortened_to_keep_the_sms_under_200_characters_and_the_link_whole()
    {
        var link = "https://reopen.example/api/filings/F260301K7QD2MZX4A/status";
        var sms = new SmsToBusiness("F1", "13812345678", SmsKind.Returned, new string('名', 100), null, new string('因', 1000));

        var body = BusinessSmsComposer.Compose(sms, "清河区", link);

        Assert.True(body.Length < 200, $"{body.Length}: {body}");
        Assert.EndsWith(link, body);
        Assert.Contains("因…", body);
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
