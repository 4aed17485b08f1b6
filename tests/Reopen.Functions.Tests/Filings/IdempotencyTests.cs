using System.Net;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>An Idempotency-Key gives the first answer again and files nothing twice.</summary>
[Collection(FilingsCollection.Name)]
public class IdempotencyTests(FilingsApp app)
{
    [Fact]
    public async Task Same_key_and_body_returns_the_first_answer_and_files_once()
    {
        var filing = SampleFilings.BelowScale();
        var key = Guid.NewGuid().ToString();

        var (first, firstBody) = await app.SubmitAsync(filing, key);
        var (second, secondBody) = await app.SubmitAsync(filing, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(firstBody.ToJsonString(), secondBody.ToJsonString());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await FilingsWithCreditCodeAsync(filing.Business.CreditCode));
        var history = await app.Approvals.HistoryAsync(firstBody["filingId"]!.GetValue<string>());
        Assert.Single(history, e => e.Type == "FilingSubmitted");
    }

    [Fact]
    public async Task Same_key_with_another_body_is_422_and_files_nothing()
    {
        var key = Guid.NewGuid().ToString();
        await app.SubmitAsync(SampleFilings.BelowScale(), key);
        var other = SampleFilings.BelowScale();

        var (response, body) = await app.SubmitAsync(other, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency-key-reused", body["code"]!.GetValue<string>());
        Assert.Equal(0, await FilingsWithCreditCodeAsync(other.Business.CreditCode));
        Assert.False(await app.CreditCodeIsHeldAsync(other.Business.CreditCode));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_all_get_the_same_filing_and_code()
    {
        var filing = SampleFilings.BelowScale();
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SubmitAsync(filing, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Response.StatusCode));
        Assert.Single(answers.Select(a => a.Body["filingId"]!.GetValue<string>()).Distinct());
        Assert.Single(answers.Select(a => a.Body["accessCode"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, await FilingsWithCreditCodeAsync(filing.Business.CreditCode));
        var (filingId, code) = (answers[0].Body["filingId"]!.GetValue<string>(), answers[0].Body["accessCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await app.StatusAsync(filingId, code)).Response.StatusCode);
    }

    [Fact]
    public async Task Retry_after_a_crash_between_the_documents_and_the_approval_resumes_the_same_filing()
    {
        var filing = SampleFilings.BelowScale();
        var key = Guid.NewGuid().ToString();
        var (_, first) = await app.SubmitAsync(filing, key);
        var filingId = first["filingId"]!.GetValue<string>();
        // As if the first attempt had crashed before recording its answer: the record is back to "started".
        var record = (await app.Table("FilingIdempotency").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"FilingId eq {filingId}")).SingleAsync())!;
        record.Remove("Answer");
        record["Status"] = "started";
        await app.Table("FilingIdempotency").UpsertEntityAsync(record, TableUpdateMode.Replace);

        var (response, again) = await app.SubmitAsync(filing, key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(filingId, again["filingId"]!.GetValue<string>());
        Assert.Equal(first["accessCode"]!.GetValue<string>(), again["accessCode"]!.GetValue<string>());
        Assert.Equal(1, await FilingsWithCreditCodeAsync(filing.Business.CreditCode));
        Assert.Single(await app.Approvals.HistoryAsync(filingId), e => e.Type == "FilingSubmitted");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a key\twith a tab")]
    public async Task Key_that_is_empty_or_not_printable_is_400(string key)
    {
        using var request = FilingsApp.Submission(SampleFilings.BelowScale());
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var (response, body) = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad-idempotency-key", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Key_longer_than_100_characters_is_400()
    {
        var (response, body) = await app.SubmitAsync(SampleFilings.BelowScale(), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad-idempotency-key", body["code"]!.GetValue<string>());
    }

    private async Task<int> FilingsWithCreditCodeAsync(string creditCode) =>
        await app.Table("Filings").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"CreditCode eq {creditCode}")).CountAsync();
}
