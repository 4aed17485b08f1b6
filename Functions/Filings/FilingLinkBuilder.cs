using Reopen.Functions.Hosting.Urls;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Filings;

/// <summary>Absolute links of a filing, from the public base address.</summary>
internal sealed class FilingLinkBuilder(PublicUrls urls)
{
    public string StatusPage(string filingId) => urls.For(FilingLinks.StatusPath(filingId));

    public string Absolute(string path) => urls.For(path);

    public FilingLinksView For(string filingId, ApprovalStatus status) => new(
        urls.For(FilingLinks.ApiPath(filingId)),
        StatusPage(filingId),
        status == ApprovalStatus.Returned ? urls.For(FilingLinks.ApiPath(filingId)) : null,
        status is ApprovalStatus.Pending or ApprovalStatus.Returned ? urls.For(FilingLinks.WithdrawPath(filingId)) : null);
}
