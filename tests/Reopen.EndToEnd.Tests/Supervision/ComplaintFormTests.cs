using Reopen.EndToEnd.Tests.App;
using Reopen.EndToEnd.Tests.Browser;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Supervision;

/// <summary>A member of the public reports a violation on the 12315 page in the browser and is told the reference to quote.</summary>
public sealed class ComplaintFormTests(ReopenInBrowserFixture fixture) : IClassFixture<ReopenInBrowserFixture>
{
    [Fact]
    public async Task Reporting_a_violation_on_the_form_gives_a_reference_and_sends_the_street_a_verification_task()
    {
        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(Reporting_a_violation_on_the_form_gives_a_reference_and_sends_the_street_a_verification_task), async () =>
        {
            await browser.GoToAsync(new Uri(fixture.App.BaseAddress, "/api/complaints/form").AbsoluteUri);
            await (await browser.FindAsync("textarea[name=what]")).TypeAsync("晚上店内顾客扎堆，店员未戴口罩");
            await (await browser.FindAsync("input[name=business]")).TypeAsync("清源夜宵烧烤店");
            await (await browser.FindAsync("select[name=street] option[value=QH01]")).ClickAsync();
            await (await browser.FindAsync("input[name=contact]")).TypeAsync("13900138888");
            await (await browser.FindAsync("form.complaint-form button[type=submit]")).ClickAsync();

            var receipt = await browser.FindAsync("[data-notice=received]");
            var reference = await receipt.AttributeAsync("data-complaint");
            Assert.StartsWith("C", reference);
            Assert.Contains(reference!, await receipt.TextAsync());
            Assert.Contains("核查结果将发送到您留下的联系方式", await browser.VisibleTextAsync());
            var task = await fixture.Outbox.WaitForAsync(null, m => m.Subject!.Contains(reference!, StringComparison.Ordinal), "email");
            Assert.Contains(task.To, SampleStreetOfficials.GridTeam);
            Assert.DoesNotContain("13900138888", task.Body);
        });
    }
}
