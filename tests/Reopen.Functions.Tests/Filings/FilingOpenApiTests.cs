using System.Text.Json.Nodes;

namespace Reopen.Functions.Tests.Filings;

/// <summary>The filing API describes itself: named operations, request bodies, answers.</summary>
[Collection(FilingsCollection.Name)]
public class FilingOpenApiTests(FilingsApp app)
{
    [Fact]
    public async Task OpenApi_document_names_each_filing_operation_with_its_body_and_answers()
    {
        var document = JsonNode.Parse(await app.Client.GetStringAsync("/api/openapi/v1.json"))!;
        var paths = document["paths"]!;

        var submit = paths["/api/filings"]!["post"]!;
        Assert.Equal("SubmitFiling", submit["operationId"]!.GetValue<string>());
        Assert.NotNull(submit["requestBody"]!["content"]!["application/json"]!["schema"]);
        Assert.Equal(["201", "400", "409", "413", "415", "422"], submit["responses"]!.AsObject().Select(r => r.Key).Order());
        var filing = paths["/api/filings/{filingId}"]!;
        Assert.Equal("GetFilingStatus", filing["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("AmendFiling", filing["put"]!["operationId"]!.GetValue<string>());
        Assert.Equal("WithdrawFiling", paths["/api/filings/{filingId}/withdraw"]!["post"]!["operationId"]!.GetValue<string>());
        Assert.Null(paths["/api/filings/{filingId}/status"]);
    }
}
