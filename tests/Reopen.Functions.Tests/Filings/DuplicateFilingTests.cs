using System.Net;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>One open filing per credit code; a closed one no longer blocks.</summary>
[Collection(FilingsCollection.Name)]
public class DuplicateFilingTests(FilingsApp app)
{
    [Fact]
    public async Task Second_open_filing_for_a_credit_code_is_409_pointing_at_the_first()
    {
        var creditCode = SampleFilings.NewCreditCode();
        var (firstId, _) = await app.FileAsync(SampleFilings.BelowScale(creditCode: creditCode));

        var (response, body) = await app.SubmitAsync(SampleFilings.BelowScale(creditCode: creditCode) with { EmergencyPlan = "另一份应急预案" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("open-filing-exists", body["code"]!.GetValue<string>());
        Assert.Equal(firstId, body["existingFilingId"]!.GetValue<string>());
        Assert.Equal("Pending", body["existingStatus"]!.GetValue<string>());
        Assert.EndsWith($"/api/filings/{firstId}/status", body["statusUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Returned_filing_still_blocks_a_second_one()
    {
        var creditCode = SampleFilings.NewCreditCode();
        var (firstId, _) = await app.FileAsync(SampleFilings.BelowScale(creditCode: creditCode));
        await app.DecideCurrentStepAsync(firstId, Verdict.Return, "请补充消毒记录");

        var (response, body) = await app.SubmitAsync(SampleFilings.BelowScale(creditCode: creditCode));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Returned", body["existingStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawn_or_rejected_filing_no_longer_blocks()
    {
        var creditCode = SampleFilings.NewCreditCode();
        var (firstId, firstCode) = await app.FileAsync(SampleFilings.BelowScale(creditCode: creditCode));
        await app.WithdrawAsync(firstId, firstCode);
        var (secondId, _) = await app.FileAsync(SampleFilings.BelowScale(creditCode: creditCode));
        await app.DecideCurrentStepAsync(secondId, Verdict.Reject, "防控物资不足");

        var (response, body) = await app.SubmitAsync(SampleFilings.BelowScale(creditCode: creditCode));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual(secondId, body["filingId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_submissions_for_one_credit_code_let_exactly_one_through()
    {
        var creditCode = SampleFilings.NewCreditCode();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            app.SubmitAsync(SampleFilings.BelowScale(creditCode: creditCode), idempotencyKey: i % 2 == 0 ? Guid.NewGuid().ToString() : null)));

        Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.Created);
        Assert.Equal(7, answers.Count(a => a.Response.StatusCode == HttpStatusCode.Conflict));
        var winner = answers.Single(a => a.Response.StatusCode == HttpStatusCode.Created).Body["filingId"]!.GetValue<string>();
        Assert.All(answers.Where(a => a.Response.StatusCode == HttpStatusCode.Conflict),
            a => Assert.Equal(winner, a.Body["existingFilingId"]!.GetValue<string>()));
    }
}
