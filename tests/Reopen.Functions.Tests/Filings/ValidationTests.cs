using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>Every failing field is named under its path, in the request's language, and nothing is written.</summary>
[Collection(FilingsCollection.Name)]
public class ValidationTests(FilingsApp app)
{
    [Fact]
    public async Task Wrong_credit_code_check_character_is_named()
    {
        var code = SampleFilings.NewCreditCode();
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');

        var errors = await RejectedAsync(SampleFilings.BelowScale(creditCode: wrong), HttpStatusCode.BadRequest);

        Assert.Equal(["business.creditCode"], errors.Select(e => e.Key));
        Assert.Equal("统一社会信用代码校验位不正确", Messages(errors, "business.creditCode").Single());
        Assert.False(await app.CreditCodeIsHeldAsync(wrong));
    }

    [Fact]
    public async Task Wrong_id_number_check_digit_is_named_at_its_roster_row()
    {
        var filing = SampleFilings.BelowScale(staff: 13);
        var id = filing.Roster[12].IdNumber;
        var roster = filing.Roster.ToArray();
        roster[12] = roster[12] with { IdNumber = id[..17] + (id[17] == '1' ? '2' : '1') };

        var errors = await RejectedAsync(filing with { Roster = roster }, HttpStatusCode.BadRequest);

        Assert.Equal(["roster[12].idNumber"], errors.Select(e => e.Key));
        Assert.Equal("身份证号码校验位不正确", Messages(errors, "roster[12].idNumber").Single());
    }

    [Fact]
    public async Task Mobile_numbers_must_be_mainland_mobiles()
    {
        var filing = SampleFilings.BelowScale();
        var roster = filing.Roster.ToArray();
        roster[1] = roster[1] with { Mobile = "12812345678" };

        var errors = await RejectedAsync(filing with { Responsible = filing.Responsible with { Mobile = "010-12345678" }, Roster = roster },
            HttpStatusCode.BadRequest);

        Assert.Equal(["responsible.mobile", "roster[1].mobile"], errors.Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData("SmallRestaurant", "catering", new[] { "routine.dineInSuspended", "routine.healthCodeCheck", "routine.maxCustomersAtOnce" })]
    [InlineData("Livelihood", "food-production", new[] { "routine.dailyCheck", "routine.dailyDisinfection" })]
    [InlineData("EpidemicSupplies", "medical-devices", new[] { "productionQualification" })]
    [InlineData("OfficeTenant", "information-technology", new[] { "building.name", "building.propertyManager" })]
    [InlineData("Entertainment", "personal-services", new[] { "business.category" })]
    public async Task Each_category_names_what_it_requires(string category, string sector, string[] expected)
    {
        var errors = await RejectedAsync(SampleFilings.Of(category, sector: sector), HttpStatusCode.BadRequest);

        Assert.Equal(expected.Order(), errors.Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Roster_of_more_than_5000_people_is_refused()
    {
        var errors = await RejectedAsync(SampleFilings.BelowScale(staff: FilingLimits.MaxRoster + 1), HttpStatusCode.BadRequest);

        Assert.Equal(["roster"], errors.Select(e => e.Key));
        Assert.Contains("5000", Messages(errors, "roster").Single());
    }

    [Fact]
    public async Task Empty_filing_names_every_missing_field_at_once_in_Chinese_by_default()
    {
        var (response, body) = await app.SendAsync(Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("validation-failed", body["code"]!.GetValue<string>());
        Assert.Equal("备案内容有误", body["title"]!.GetValue<string>());
        var errors = body["errors"]!.AsObject();
        foreach (var path in new[] { "business.name", "business.creditCode", "business.address", "business.street", "business.sector",
                     "business.category", "business.scale", "responsible.name", "responsible.mobile", "preventionPlan", "emergencyPlan",
                     "fiveInPlace.responsibilityAssigned", "supplies.masks", "routine.temperatureCheck", "roster" })
            Assert.True(errors.ContainsKey(path), $"{path} is not named");
        Assert.Equal("请填写统一社会信用代码", errors["business.creditCode"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Messages_are_in_English_with_lang_en_or_Accept_Language()
    {
        var (_, byQuery) = await app.SendAsync(Json("{}", "/api/filings?lang=en"));
        var request = Json("{}");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var (_, byHeader) = await app.SendAsync(request);

        Assert.Equal("The filing has errors", byQuery["title"]!.GetValue<string>());
        Assert.Equal("The unified social credit code is required", byQuery["errors"]!["business.creditCode"]![0]!.GetValue<string>());
        Assert.Equal("The unified social credit code is required", byHeader["errors"]!["business.creditCode"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var (response, body) = await app.SendAsync(Json("{\"business\": {\"name\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Value_of_the_wrong_type_is_named_by_its_path()
    {
        var (response, body) = await app.SendAsync(Json("{\"supplies\": {\"masks\": \"lots\"}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body["errors"]!.AsObject().ContainsKey("supplies.masks"), body.ToJsonString());
    }

    [Fact]
    public async Task Lenient_reading_accepts_numbers_in_strings_any_property_case_comments_and_trailing_commas()
    {
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(SampleFilings.BelowScale(), System.Text.Json.JsonSerializerOptions.Web))!;
        json["supplies"]!["masks"] = "500";
        var business = json["business"]!.AsObject();
        var name = business["name"]!.GetValue<string>();
        business.Remove("name");
        business["Name"] = name;
        var text = json.ToJsonString();
        text = text[..^1] + ", /* end */ }";

        var (response, body) = await app.SendAsync(Json(text));

        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
    }

    [Fact]
    public async Task Body_that_is_not_json_is_a_415_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings") { Content = new StringContent("name=x", Encoding.UTF8, "text/plain") };

        var (response, body) = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported-media-type", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Body_over_8_MB_is_a_413_problem()
    {
        var padding = new string(' ', 9 * 1024 * 1024);
        var (response, body) = await app.SendAsync(Json("{" + padding + "}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-large", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Chunked_body_over_8_MB_is_a_413_problem_too()
    {
        var padding = Encoding.UTF8.GetBytes("{" + new string(' ', 9 * 1024 * 1024) + "}");
        var content = new StreamContent(new MemoryStream(padding));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var (response, body) = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-large", body["code"]!.GetValue<string>());
    }

    private static HttpRequestMessage Json(string json, string path = "/api/filings") =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private async Task<IReadOnlyList<KeyValuePair<string, JsonNode?>>> RejectedAsync(Filing filing, HttpStatusCode expected)
    {
        var (response, body) = await app.SubmitAsync(filing);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        return body["errors"]!.AsObject().ToList();
    }

    private static IEnumerable<string> Messages(IEnumerable<KeyValuePair<string, JsonNode?>> errors, string path) =>
        errors.Single(e => e.Key == path).Value!.AsArray().Select(m => m!.GetValue<string>());
}
