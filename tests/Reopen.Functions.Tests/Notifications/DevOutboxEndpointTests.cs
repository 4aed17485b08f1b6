using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The dev outbox endpoints on a minimal app of their own (the full app's wiring is tested with the app).</summary>
public partial class DevOutboxEndpointTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Json_lists_messages_newest_first_with_the_documented_fields()
    {
        await using var app = await StartApp(Environments.Development);
        await app.Services.GetRequiredService<ISmsSender>().SendAsync(new SmsMessage("13800138000", "已批准"), "sms-1", default);
        await app.Services.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("wang@jd.gov.cn", "王主任", "待审批", "<p>请审批</p>", "请审批", [new MessageLink("批准", "http://127.0.0.1/api/decisions/t")]), "email-1", default);

        using var json = await GetJson(app, "/dev/outbox");

        var newest = json.RootElement[0];
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal(["channel", "to", "subject", "body", "links", "sentAt", "idempotencyKey"], newest.EnumerateObject().Select(p => p.Name));
        Assert.Equal("email", newest.GetProperty("channel").GetString());
        Assert.Equal("wang@jd.gov.cn", newest.GetProperty("to").GetString());
        Assert.Equal("http://127.0.0.1/api/decisions/t", newest.GetProperty("links")[0].GetProperty("url").GetString());
        Assert.Equal("批准", newest.GetProperty("links")[0].GetProperty("label").GetString());
        Assert.Equal("sms-1", json.RootElement[1].GetProperty("idempotencyKey").GetString());
    }

    [Fact]
    public async Task Json_can_be_filtered_by_recipient_and_channel()
    {
        await using var app = await StartApp(Environments.Development);
        var sms = app.Services.GetRequiredService<ISmsSender>();
        await sms.SendAsync(new SmsMessage("13800138000", "A"), "a", default);
        await sms.SendAsync(new SmsMessage("13900139000", "B"), "b", default);

        using var byRecipient = await GetJson(app, "/dev/outbox?to=13900139000");
        using var byChannel = await GetJson(app, "/dev/outbox?channel=email");

        Assert.Equal("B", Assert.Single(byRecipient.RootElement.EnumerateArray()).GetProperty("body").GetString());
        Assert.Empty(byChannel.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Browser_gets_a_refreshing_Chinese_page_with_clickable_links_and_encoded_text()
    {
        await using var app = await StartApp(Environments.Development);
        await app.Services.GetRequiredService<ISmsSender>().SendAsync(
            new SmsMessage("13800138000", "<script>alert(1)</script> 公示牌 http://127.0.0.1/api/permits/P-1"), "sms-1", default);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/outbox");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await app.GetTestClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\">", html);
        Assert.Contains("<a href=\"http://127.0.0.1/api/permits/P-1\">", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Delete_clears_the_outbox()
    {
        await using var app = await StartApp(Environments.Development);
        await app.Services.GetRequiredService<ISmsSender>().SendAsync(new SmsMessage("13800138000", "A"), "a", default);

        using var deleted = await app.GetTestClient().DeleteAsync("/dev/outbox");
        using var after = await GetJson(app, "/dev/outbox");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(after.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Json_pages_past_200_messages_with_the_true_count_and_a_next_link()
    {
        await using var app = await StartApp(Environments.Development);
        await SendSmsAsync(app, 250);

        using var first = await GetResponse(app, "/dev/outbox", json: true);
        var next = first.Headers.GetValues("Link").Single();
        var nextUrl = NextLink().Match(next).Groups["url"].Value;
        using var second = await GetResponse(app, nextUrl, json: true);
        var firstPage = await Keys(first);
        var secondPage = await Keys(second);

        Assert.Equal("250", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(200, firstPage.Count);
        Assert.Equal("sms-250", firstPage[0]);
        Assert.Equal(50, secondPage.Count);
        Assert.Equal("250", second.Headers.GetValues("X-Total-Count").Single());
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(Enumerable.Range(1, 250).Select(i => $"sms-{i}").Order(), firstPage.Concat(secondPage).Order());
    }

    [Fact]
    public async Task Page_size_and_filters_carry_over_to_the_next_page_and_the_count_follows_the_filter()
    {
        await using var app = await StartApp(Environments.Development);
        await SendSmsAsync(app, 5);
        await app.Services.GetRequiredService<ISmsSender>().SendAsync(new SmsMessage("13900139000", "other"), "other", default);

        using var first = await GetResponse(app, "/dev/outbox?to=13800138000&limit=2", json: true);
        var nextUrl = NextLink().Match(first.Headers.GetValues("Link").Single()).Groups["url"].Value;

        Assert.Equal("5", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["sms-5", "sms-4"], await Keys(first));
        Assert.StartsWith("/dev/outbox?to=13800138000&limit=2&after=m-", nextUrl);
    }

    [Fact]
    public async Task Page_shows_the_true_count_and_links_to_older_messages_in_each_language()
    {
        await using var app = await StartApp(Environments.Development);
        await SendSmsAsync(app, 201);

        using var zh = await GetResponse(app, "/dev/outbox", json: false);
        using var en = await GetResponse(app, "/dev/outbox?lang=en", json: false);
        var zhHtml = await zh.Content.ReadAsStringAsync();
        var enHtml = await en.Content.ReadAsStringAsync();
        var next = Regex.Match(zhHtml, "<a rel=\"next\" href=\"(?<url>[^\"]+)\"").Groups["url"].Value.Replace("&amp;", "&");
        using var older = await GetResponse(app, next, json: false);
        var olderHtml = await older.Content.ReadAsStringAsync();

        Assert.Contains("共 201 条消息，本页显示 200 条（最新的在前）。", zhHtml);
        Assert.Contains("201 messages in all; this page shows 200, newest first.", enHtml);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Contains("本页显示 1 条", olderHtml);
        Assert.Contains("data-idempotency-key=\"sms-1\"", olderHtml);
        Assert.DoesNotContain("rel=\"next\"", olderHtml);
        Assert.Contains("回到最新消息", olderHtml);
    }

    [Fact]
    public async Task One_message_is_counted_as_one_in_english()
    {
        await using var app = await StartApp(Environments.Development);
        await SendSmsAsync(app, 1);

        using var en = await GetResponse(app, "/dev/outbox?lang=en", json: false);

        Assert.Contains("1 message in all; this page shows 1, newest first.", await en.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("limit=ten")]
    [InlineData("after=x'%20or%20'1'%20eq%20'1")]
    [InlineData("after=m-1")]
    public async Task Bad_paging_is_a_400_problem_for_clients_and_a_readable_page_for_people(string query)
    {
        await using var app = await StartApp(Environments.Development);

        using var json = await GetResponse(app, "/dev/outbox?" + query, json: true);
        using var page = await GetResponse(app, "/dev/outbox?" + query, json: false);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outside_Development_the_outbox_is_not_mapped()
    {
        await using var app = await StartApp(Environments.Production);

        using var get = await app.GetTestClient().GetAsync("/dev/outbox");
        using var delete = await app.GetTestClient().DeleteAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    private async Task<WebApplication> StartApp(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration["Notifications:Sms"] = "dev";
        builder.Configuration["Notifications:Email"] = "dev";
        builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = TestTables.UniqueName("o")[..12];
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton(azurite.CreateServiceClient());
        builder.Services.AddNotifications(builder.Configuration);
        var app = builder.Build();
        app.MapDevOutbox();
        await app.StartAsync();
        return app;
    }

    private static async Task SendSmsAsync(WebApplication app, int count)
    {
        var sms = app.Services.GetRequiredService<ISmsSender>();
        for (var i = 1; i <= count; i++)
        {
            await sms.SendAsync(new SmsMessage("13800138000", $"message {i}"), $"sms-{i}", default);
            await Task.Delay(1); // distinct send times, so newest first is one order
        }
    }

    private static async Task<HttpResponseMessage> GetResponse(WebApplication app, string path, bool json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(json ? "application/json" : "text/html");
        return await app.GetTestClient().SendAsync(request);
    }

    private static async Task<List<string>> Keys(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(m => m.GetProperty("idempotencyKey").GetString()!).ToList();
    }

    [GeneratedRegex("^<(?<url>[^>]+)>; rel=\"next\"$")]
    private static partial Regex NextLink();

    private static async Task<JsonDocument> GetJson(WebApplication app, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await app.GetTestClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
