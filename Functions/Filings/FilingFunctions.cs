using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Filings;

/// <summary>The filing API and the business's pages as HTTP functions; each runs the endpoint of its name (FilingsComposition).</summary>
public sealed class FilingFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(SubmitFiling))]
    public Task<IResult> SubmitFiling([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(SubmitFiling), request, durable);

    [Function(nameof(GetFilingStatus))]
    public Task<IResult> GetFilingStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/filings/{filingId}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(GetFilingStatus), request);

    [Function(nameof(AmendFiling))]
    public Task<IResult> AmendFiling([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/filings/{filingId}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(AmendFiling), request, durable);

    [Function(nameof(WithdrawFiling))]
    public Task<IResult> WithdrawFiling([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings/{filingId}/withdraw")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(WithdrawFiling), request, durable);

    [Function(nameof(FilingStatusLookupStart))]
    public Task<IResult> FilingStatusLookupStart([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/filings/status")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(FilingStatusLookupStart), request);

    [Function(nameof(FilingStatusLookup))]
    public Task<IResult> FilingStatusLookup([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings/status")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(FilingStatusLookup), request);

    [Function(nameof(FilingStatusPage))]
    public Task<IResult> FilingStatusPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/filings/{filingId}/status")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(FilingStatusPage), request);

    [Function(nameof(FilingStatusPagePost))]
    public Task<IResult> FilingStatusPagePost([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings/{filingId}/status")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(FilingStatusPagePost), request, durable);

    [Function(nameof(FilingAmendPageStart))]
    public Task<IResult> FilingAmendPageStart([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/filings/{filingId}/amend")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(FilingAmendPageStart), request);

    [Function(nameof(FilingAmendPage))]
    public Task<IResult> FilingAmendPage([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings/{filingId}/amend")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(FilingAmendPage), request);

    [Function(nameof(FilingAmendSubmit))]
    public Task<IResult> FilingAmendSubmit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/filings/{filingId}/amend/submit")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(FilingAmendSubmit), request, durable);
}
