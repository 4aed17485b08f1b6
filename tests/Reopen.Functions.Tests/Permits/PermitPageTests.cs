using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Reopen.Functions.Permits;
using Reopen.Functions.Tests.Approvals;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Permits;

/// <summary>The public register: anyone holding a placard can check the permit's live status.</summary>
[Collection(JourneyCollection.Name)]
public class PermitPageTests(AzuriteFixture azurite)
{
    private const string Number = "复工〔2026〕QH-7K3M9TQX";
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 1, 16, 30, 0, TimeSpan.Zero); // 3月2日 00:30 in Beijing

    [Fact]
    public async Task Verification_page_shows_the_live_status_and_the_public_facts()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await IssueAsync(journey);

        var (valid, validHtml) = await journey.GetAsync("/api/permits/QH-7K3M9TQX");
        await SetStatusAsync(journey, "suspended");
        var (_, suspendedHtml) = await journey.GetAsync("/api/permits/qh-7k3m9tqx");
        await SetStatusAsync(journey, "revoked");
        var (_, revokedHtml) = await journey.GetAsync("/api/permits/QH-7K3M9TQX");

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Contains("data-status=\"valid\"", validHtml);
        Assert.Contains("清源鲜果超市", validHtml);
        Assert.Contains("91350100M000100Y43", validHtml);
        Assert.Contains("清河区清源路88号", validHtml);
        Assert.Contains("2026年3月2日", validHtml);
        Assert.Contains("data-status=\"suspended\"", suspendedHtml);
        Assert.Contains("已暂停", suspendedHtml);
        Assert.Contains("data-status=\"revoked\"", revokedHtml);
        Assert.Contains("已撤销", revokedHtml);
    }

    [Fact]
    public async Task Json_answer_has_number_status_name_and_issue_time()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await IssueAsync(journey);
        using var request = new HttpRequestMessage(HttpMethod.Get, PermitLinks.VerifyPath(Number));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await journey.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["permitNumber", "status", "businessName", "issuedAt"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Number, json.RootElement.GetProperty("permitNumber").GetString());
        Assert.Equal("valid", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(IssuedAt, json.RootElement.GetProperty("issuedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Unknown_permit_gets_a_404_page_and_a_404_problem()
    {
        await using var journey = await Journey.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/permits/QH-NOTHING1");
        request.Headers.Accept.ParseAdd("application/json");

        var (page, html) = await journey.GetAsync("/api/permits/QH-NOTHING1");
        var (placard, _) = await journey.GetAsync("/api/permits/QH-NOTHING1/placard");
        var (odd, _) = await journey.GetAsync("/api/permits/%3Cscript%3E");
        using var problem = await journey.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("未查到该许可", html);
        Assert.Equal(HttpStatusCode.NotFound, placard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, odd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Placard_is_a_printable_page_with_a_qr_code_to_the_verification_page()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await IssueAsync(journey);

        var (response, html) = await journey.GetAsync(PermitLinks.PlacardPath(Number));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<body class=\"print-a4\">", html);
        Assert.Contains("生产经营单位准许复工公示牌", html);
        Assert.Contains("清河区", html);
        Assert.Contains(Number, html);
        Assert.Contains("<svg", html);
        Assert.Contains("扫码核验许可状态", html);
    }

    [Fact]
    public async Task Placard_names_the_issuer_as_the_policy_names_its_leading_group()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await IssueAsync(journey);

        var (_, zh) = await journey.GetAsync(PermitLinks.PlacardPath(Number));
        var (_, en) = await journey.GetAsync(PermitLinks.PlacardPath(Number) + "?lang=en");

        Assert.Contains("<p class=\"issuer\">清河区复工复产领导小组</p>", zh);
        Assert.DoesNotContain("工作领导小组", zh);
        Assert.Contains("<p class=\"issuer\">Qinghe District Reopening Leading Group</p>", en);
    }

    [Fact]
    public async Task A_redelivered_permit_effect_keeps_a_later_suspension()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await IssueAsync(journey);
        await SetStatusAsync(journey, "suspended");

        var added = await journey.App.GetRequiredService<PermitRegister>().RecordIssuedAsync(Issued(), default);

        Assert.False(added);
        Assert.Equal(PermitStatus.Suspended, (await journey.App.GetRequiredService<PermitRegister>().FindAsync("QH-7K3M9TQX", default))!.Status);
    }

    private static PermitIssued Issued() => new("F1", Number, "清源鲜果超市", "91350100M000100Y43", "清河区清源路88号", "QH01", "retail",
        BusinessCategory.SmallSupermarket, IssuedAt);

    private static Task IssueAsync(Journey journey) => journey.App.GetRequiredService<PermitRegister>().RecordIssuedAsync(Issued(), default);

    private async Task SetStatusAsync(Journey journey, string status)
    {
        var table = azurite.CreateServiceClient().GetTableClient(journey.App.TablePrefix + PermitRegister.TableName);
        await table.UpsertEntityAsync(new TableEntity("QH-7K3M9TQX", PermitRegister.RowKey) { ["Status"] = status }, TableUpdateMode.Merge);
    }
}
