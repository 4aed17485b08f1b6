using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Supervision;

/// <summary>A 12315 complaint on the standalone host: matched to the permit, verified through the emailed link, answered by SMS.</summary>
[Collection(JourneyCollection.Name)]
public sealed class ComplaintJourneyTests(AzuriteFixture azurite)
{
    private const string Complainant = "13900139000";

    [Fact]
    public async Task A_complaint_is_matched_to_the_permit_verified_by_a_grid_inspector_and_its_complainant_and_its_repeat_are_answered_by_sms()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清河投诉测试商行"));
        await journey.ApproveAsync(Journey.Secretary, m => m.Body.Contains("清河投诉测试商行"));
        await journey.ApproveAsync(Journey.Director, m => m.Body.Contains("清河投诉测试商行"));
        var permit = await WaitForPermitAsync(journey, filingId);

        var first = await SubmitAsync(journey, new { what = "店员不戴口罩，顾客扎堆排队", business = "清河投诉测试商行", street = "QH01", permitNumber = permit, contact = Complainant });
        var repeat = await SubmitAsync(journey, new { what = "顾客扎堆排队，店员不戴口罩！", business = "清河投诉测试商行", street = "QH01", contact = "13900139001" });
        Assert.True(first.GetProperty("matchedPermit").GetBoolean());
        var id = first.GetProperty("complaintId").GetString()!;
        Assert.Equal(id, repeat.GetProperty("duplicateOf").GetString());

        var task = await journey.Outbox.WaitForAsync(null, m => m.Subject!.StartsWith("【投诉核查】", StringComparison.Ordinal), "email");
        Assert.Contains(task.To, SampleStreetOfficials.GridTeam);
        Assert.DoesNotContain(Complainant, task.Body);
        var link = task.Links.Single().Url;
        var (shown, page) = await journey.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.DoesNotContain(Complainant, page);

        var (verified, _) = await journey.PostFormAsync(link, ("finding", "Substantiated"), ("result", "现场查实，已责令整改"));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);

        var answer = await journey.Outbox.WaitForAsync(Complainant, m => m.Body.Contains(id), "sms");
        Assert.Contains("情况属实", answer.Body);
        Assert.DoesNotContain("现场查实", answer.Body);
        await journey.Outbox.WaitForAsync("13900139001", m => m.Body.Contains("情况属实"), "sms");
        Assert.Single(await journey.Outbox.ListAsync(channel: "email"), m => m.Subject!.StartsWith("【投诉核查】", StringComparison.Ordinal));
        var (again, _) = await journey.PostFormAsync(link, ("finding", "NotSubstantiated"), ("result", "再提交一次"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_complaint_with_errors_is_answered_with_problem_details_naming_each_field_and_nothing_is_sent()
    {
        await using var journey = await Journey.StartAsync(azurite);

        using var response = await journey.Client.PostAsJsonAsync("/api/complaints", new { what = "", business = "某店", street = "ZZ", contact = "abc" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["contact", "street", "what"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Empty(await journey.Outbox.ListAsync());
    }

    private static async Task<JsonElement> SubmitAsync(Journey journey, object complaint)
    {
        using var response = await journey.Client.PostAsJsonAsync("/api/complaints", complaint);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string> WaitForPermitAsync(Journey journey, string filingId)
    {
        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("复工备案已通过"), "sms");
        return (await journey.StateAsync(filingId)).PermitNumber!;
    }
}
