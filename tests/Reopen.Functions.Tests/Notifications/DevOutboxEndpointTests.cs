using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The dev outbox endpoints on a minimal app of their own (the full app's wiring is tested with the app).</summary>
public class DevOutboxEndpointTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
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
