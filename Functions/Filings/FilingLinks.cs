namespace Reopen.Functions.Filings;

/// <summary>App paths of a filing (make them absolute with PublicUrls.For for SMS and email).</summary>
public static class FilingLinks
{
    /// <summary>The API resource: GET (status JSON), PUT (amend), with the X-Access-Code header.</summary>
    public static string ApiPath(string filingId) => "/api/filings/" + Uri.EscapeDataString(filingId);

    public static string WithdrawPath(string filingId) => ApiPath(filingId) + "/withdraw";

    /// <summary>The business's status page: asks for the access code, then shows where the filing is.</summary>
    public static string StatusPath(string filingId) => ApiPath(filingId) + "/status";
}
