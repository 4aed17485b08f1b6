using System.Text.RegularExpressions;
using Reopen.Functions.Notifications.SendGrid;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Notifications.Fakes;
using Reopen.Orchestrations.Runtime;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The real app configured with the SendGrid and ACS adapters, pointed at the fakes instead of the dev outbox.</summary>
[Collection(JourneyCollection.Name)]
public sealed partial class RealAdaptersJourneyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Filing_mails_each_approver_once_through_sendgrid_and_the_permit_sms_goes_through_acs()
    {
        await using var sendGrid = await FakeSendGrid.StartAsync();
        await using var acs = await FakeAcsSms.StartAsync();
        await using var journey = await Journey.StartAsync(azurite, options =>
        {
            options.Settings["Notifications:Email"] = "sendgrid";
            options.Settings["SendGrid:ApiKey"] = FakeSendGrid.ApiKey;
            options.Settings["SendGrid:FromEmail"] = "noreply@qinghe.gov.cn";
            options.Settings["SendGrid:Host"] = sendGrid.BaseAddress.ToString();
            options.Settings["Notifications:Sms"] = "acs";
            options.Settings["Acs:ConnectionString"] = acs.ConnectionString;
            options.Settings["Acs:From"] = "+18005550100";
        });

        await journey.FileAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var toSecretary = await WaitForMailAsync(sendGrid, Journey.Secretary);
        // The sweep finds nothing left to deliver: the effect was acknowledged after its one send.
        await journey.App.GetRequiredService<ProcessRuntime>().DispatchPendingOutboxAsync(DateTimeOffset.UtcNow.AddHours(1));

        Assert.Single(sendGrid.Accepted, m => m.To == Journey.Secretary);
        Assert.Contains("清源鲜果批发行", toSecretary.Subject);
        Assert.False(string.IsNullOrEmpty(toSecretary.CustomArgs[SendGridEmailSender.IdempotencyKeyArg]));
        Assert.Empty(await journey.Outbox.ListAsync());

        await ApproveAsync(journey, toSecretary);
        await ApproveAsync(journey, await WaitForMailAsync(sendGrid, Journey.Director));
        var sms = await WaitForAsync(() => acs.Delivered.SingleOrDefault());

        Assert.Equal("+86" + Journey.BusinessMobile, sms.To);
        Assert.Contains("清源鲜果批发行", sms.Message);
    }

    private static async Task ApproveAsync(Journey journey, AcceptedMail mail)
    {
        var (response, html) = await journey.DecideAsync(DecisionLink().Match(mail.Text).Value, "approve");
        Assert.True(response.IsSuccessStatusCode, html);
    }

    private static Task<AcceptedMail> WaitForMailAsync(FakeSendGrid fake, string to) => WaitForAsync(() => fake.Accepted.FirstOrDefault(m => m.To == to));

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (probe() is { } found) return found;
        }
        throw new TimeoutException("The fake provider received nothing in time.");
    }

    [GeneratedRegex(@"https?://\S+/api/decisions/[A-Za-z0-9_\-\.]+")]
    private static partial Regex DecisionLink();
}
