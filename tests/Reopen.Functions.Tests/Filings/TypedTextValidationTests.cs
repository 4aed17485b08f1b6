using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reopen.Functions.Filings;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>
/// Through the real host: names hold no links and no invisible characters, enum fields exactly one name, each refusal names
/// its field and writes nothing; what is accepted is stored normalized, by POST, PUT and the amend page alike.
/// </summary>
[Collection(FilingsCollection.Name)]
public class TypedTextValidationTests(FilingsApp app)
{
    private const string Link = "请改用新链接 https://evil.example/login 审批";

    [Fact]
    public async Task Business_name_with_a_link_is_a_400_naming_the_field_in_both_languages_and_nothing_is_written()
    {
        var filing = SampleFilings.BelowScale(Link);

        var (zh, zhBody) = await app.SubmitAsync(filing);
        var (en, enBody) = await app.SubmitAsync(filing, language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Equal("application/problem+json", zh.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["business.name"], Fields(zhBody));
        Assert.Equal("企业名称不能含有网址、电子邮箱或域名", zhBody["errors"]!["business.name"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal("The business name may not contain a web address, e-mail address or domain name",
            enBody["errors"]!["business.name"]![0]!.GetValue<string>());
        Assert.False(await app.CreditCodeIsHeldAsync(filing.Business.CreditCode));
    }

    [Theory]
    [InlineData("business.address", "清河区清源路88号 www.evil.example")]
    [InlineData("responsible.name", "张小三 a@b.cn")]
    [InlineData("roster[1].name", "李小明 evil。example")]
    public async Task Address_and_names_with_a_link_are_refused_naming_the_field(string path, string text)
    {
        var filing = With(SampleFilings.BelowScale(), path, text);

        var (response, body) = await app.SubmitAsync(filing);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([path], Fields(body));
        Assert.False(await app.CreditCodeIsHeldAsync(filing.Business.CreditCode));
    }

    [Theory]
    [InlineData("business.name", '\u202E')]
    [InlineData("responsible.name", '\u200B')]
    [InlineData("roster[1].name", '\u2066')]
    [InlineData("business.address", '\uFEFF')]
    public async Task Name_with_a_bidi_override_or_zero_width_character_is_refused_naming_the_field(string path, char character)
    {
        var filing = With(SampleFilings.BelowScale(), path, "清源鲜果" + character + "批发行");

        var (response, body) = await app.SubmitAsync(filing, language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([path], Fields(body));
        Assert.Contains($"U+{(int)character:X4}", body["errors"]![path]![0]!.GetValue<string>());
        Assert.False(await app.CreditCodeIsHeldAsync(filing.Business.CreditCode));
    }

    [Fact]
    public async Task Full_width_letters_and_extra_spaces_are_stored_normalized()
    {
        var sent = SampleFilings.BelowScale("  Ｑｉｎｇｙｕａｎ   鲜果　批发行 ");
        sent = With(With(sent, "business.address", "清河区\t清源路８８号 "), "roster[0].name", " 李　小明 ") with
        {
            PreventionPlan = " 一、测温，每日２次\r\n二、消毒 ",
        };

        var (filingId, accessCode) = await app.FileAsync(sent);
        var (_, status) = await app.StatusAsync(filingId, accessCode);
        var stored = (await app.App.GetRequiredService<FilingStore>().GetAsync(filingId))!;

        Assert.Equal("Qingyuan 鲜果 批发行", status["businessName"]!.GetValue<string>());
        Assert.Equal("Qingyuan 鲜果 批发行", stored.Filing.Business.Name);
        Assert.Equal("清河区 清源路88号", stored.Filing.Business.Address);
        Assert.Equal("李 小明", stored.Roster[0].Name);
        Assert.Equal("一、测温，每日2次\n二、消毒", stored.Filing.PreventionPlan);
    }

    [Fact]
    public async Task Amendment_by_put_is_checked_and_stored_the_same_way()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");

        var (refused, refusedBody) = await app.AmendAsync(filingId, accessCode, With(filing, "business.address", "清河区\u202E清源路88号"));
        var (accepted, _) = await app.AmendAsync(filingId, accessCode, With(filing, "business.address", "清河区　清源路８８号"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["business.address"], Fields(refusedBody));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("清河区 清源路88号", (await app.App.GetRequiredService<FilingStore>().GetAsync(filingId))!.Filing.Business.Address);
    }

    [Fact]
    public async Task Amendment_on_the_page_is_refused_naming_the_field_then_stored_normalized()
    {
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await app.FileAsync(filing);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        var (_, formHtml) = await app.Client.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", accessCode));
        var form = PageForm.Find(formHtml, "/amend/submit");

        var (refused, refusedHtml) = await app.Client.PostFormAsync(form.Action, form.Set("responsible.name", "张\u202E小三").ToArray());
        var (accepted, _) = await app.Client.PostFormAsync(form.Action, form
            .Set("responsible.name", " 张　小三 ").Set("note", "已补充。\r\n见 https://evil.example/x").ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-field=\"responsible.name\"", refusedHtml);
        Assert.Contains("负责人姓名含有不可见字符或控制字符（U&#x2B;202E）", refusedHtml); // the encoder writes + as &#x2B;
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("张 小三", (await app.App.GetRequiredService<FilingStore>().GetAsync(filingId))!.Filing.Responsible.Name);
        var amended = (await app.Approvals.HistoryAsync(filingId)).Select(r => r.Event).OfType<FilingAmended>().Single();
        Assert.Equal("已补充。\n见 https://evil.example/x", amended.Note);
    }

    [Fact]
    public async Task Note_with_a_bidi_override_is_refused_on_the_amend_page()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充");
        var (_, formHtml) = await app.Client.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", accessCode));
        var form = PageForm.Find(formHtml, "/amend/submit");

        var (refused, html) = await app.Client.PostFormAsync(form.Action, form.Set("note", "已补充\u202E").ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-field=\"note\"", html);
        Assert.Equal(ApprovalStatus.Returned, (await app.Approvals.GetAsync(filingId))!.State.Status);
    }

    [Theory]
    [InlineData("business.scale", "BelowScale,AboveScale")]
    [InlineData("business.scale", "1")]
    [InlineData("business.scale", " BelowScale")]
    [InlineData("business.scale", "belowscale,BelowScale")]
    [InlineData("business.category", "General,General")]
    [InlineData("business.category", "0")]
    [InlineData("business.category", " General")]
    [InlineData("business.category", "general,General")]
    [InlineData("roster[0].healthStatus", "Healthy,Healthy")]
    [InlineData("roster[0].healthStatus", "0")]
    [InlineData("roster[0].healthStatus", " Healthy")]
    [InlineData("roster[0].healthStatus", "healthy,Healthy")]
    public async Task Enum_field_takes_exactly_one_documented_name(string path, string value)
    {
        var filing = With(SampleFilings.BelowScale(), path, value);

        var (response, body) = await app.SubmitAsync(filing);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([path], Fields(body));
        Assert.False(await app.CreditCodeIsHeldAsync(filing.Business.CreditCode));
    }

    [Theory]
    [InlineData("business", "scale")]
    [InlineData("business", "category")]
    public async Task Enum_field_sent_as_a_json_number_is_a_400_naming_the_field(string section, string field)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(SampleFilings.BelowScale(), JsonSerializerOptions.Web))!;
        json[section]![field] = 1;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings")
        {
            Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"),
        };

        var (response, body) = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"{section}.{field}"], Fields(body));
    }

    [Fact]
    public async Task Documented_names_in_any_case_are_accepted_and_stored_as_documented()
    {
        var filing = With(With(SampleFilings.BelowScale(), "business.scale", "belowscale"), "business.category", "GENERAL");

        var (filingId, _) = await app.FileAsync(filing);

        var stored = (await app.App.GetRequiredService<FilingStore>().GetAsync(filingId))!;
        Assert.Equal(("General", "BelowScale"), (stored.Filing.Business.Category, stored.Filing.Business.Scale));
        Assert.Equal(BusinessScale.BelowScale, (await app.Approvals.GetAsync(filingId))!.State.Filing!.Scale);
    }

    private static string[] Fields(JsonNode body) => body["errors"]!.AsObject().Select(e => e.Key).ToArray();

    // One field of a sample filing set to a value, by the path the validator names it with.
    private static Filing With(Filing f, string path, string value)
    {
        RosterEntry[] Row(int i, Func<RosterEntry, RosterEntry> change)
        {
            var roster = f.Roster.ToArray();
            roster[i] = change(roster[i]);
            return roster;
        }
        return path switch
        {
            "business.name" => f with { Business = f.Business with { Name = value } },
            "business.address" => f with { Business = f.Business with { Address = value } },
            "business.scale" => f with { Business = f.Business with { Scale = value } },
            "business.category" => f with { Business = f.Business with { Category = value } },
            "responsible.name" => f with { Responsible = f.Responsible with { Name = value } },
            "roster[0].name" => f with { Roster = Row(0, r => r with { Name = value }) },
            "roster[1].name" => f with { Roster = Row(1, r => r with { Name = value }) },
            "roster[0].healthStatus" => f with { Roster = Row(0, r => r with { HealthStatus = value }) },
            _ => throw new ArgumentException($"No setter for {path}.", nameof(path)),
        };
    }
}
