using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>Typed text is checked as it will be stored: names hold no links, nothing holds invisible characters, enums one name.</summary>
public sealed class FilingTextValidationTests
{
    private static readonly DistrictPolicy District = PolicyCatalog.Load("default");
    private const string Link = "请改用新链接 https://evil.example/login 审批";

    private static IReadOnlyList<FieldError> Errors(Filing filing) => FilingValidator.Validate(filing, District);

    private static Filing OfficeTenant() => SampleFilings.Of("OfficeTenant", sector: "information-technology") with
    {
        Building = new OfficeBuilding { Name = "清河大厦", PropertyManager = "清河物业管理有限公司" },
    };

    public static TheoryData<string, Func<Filing, string, Filing>> NameFields => new()
    {
        { "business.name", (f, text) => f with { Business = f.Business with { Name = text } } },
        { "business.address", (f, text) => f with { Business = f.Business with { Address = text } } },
        { "responsible.name", (f, text) => f with { Responsible = f.Responsible with { Name = text } } },
        { "roster[1].name", (f, text) => f with { Roster = [f.Roster[0], f.Roster[1] with { Name = text }, f.Roster[2]] } },
        { "building.name", (f, text) => f with { Building = f.Building! with { Name = text } } },
        { "building.propertyManager", (f, text) => f with { Building = f.Building! with { PropertyManager = text } } },
    };

    [Theory]
    [MemberData(nameof(NameFields))]
    public void Name_with_a_link_is_refused_naming_the_field(string path, Func<Filing, string, Filing> set)
    {
        foreach (var text in new[] { Link, "www.evil.example", "a@b.cn", "evil。example", "例子.中国" })
        {
            var error = Assert.Single(Errors(set(OfficeTenant(), text)));

            Assert.Equal(path, error.Path);
            Assert.EndsWith("不能含有网址、电子邮箱或域名", error.MessageZh);
            Assert.EndsWith("may not contain a web address, e-mail address or domain name", error.MessageEn);
        }
    }

    [Theory]
    [MemberData(nameof(NameFields))]
    public void Name_with_a_bidi_override_or_zero_width_character_is_refused_naming_the_field(string path, Func<Filing, string, Filing> set)
    {
        foreach (var character in new[] { '\u202E', '\u200B', '\u2066', '\u2069', '\uFEFF', '\u0000' })
        {
            var error = Assert.Single(Errors(set(OfficeTenant(), "清源" + character + "行")));

            Assert.Equal(path, error.Path);
            Assert.Contains($"U+{(int)character:X4}", error.MessageEn);
        }
    }

    [Theory]
    [MemberData(nameof(NameFields))]
    public void Ordinary_names_and_addresses_pass(string path, Func<Filing, string, Filing> set)
    {
        foreach (var text in new[] { "清源鲜果批发行", "No. 5 Road", "12 St. Mary St.", "3.5号楼", "Qingyuan Fruit Co., Ltd." })
            Assert.True(Errors(set(OfficeTenant(), text)).Count == 0, $"{path}: {text}");
    }

    [Fact]
    public void Plans_keep_line_breaks_but_not_invisible_characters()
    {
        Assert.Empty(Errors(SampleFilings.BelowScale() with { PreventionPlan = "一、测温\r\n二、消毒" }));
        var error = Assert.Single(Errors(SampleFilings.BelowScale() with { EmergencyPlan = "一、隔离\n\u202E二、报告" }));
        Assert.Equal("emergencyPlan", error.Path);
    }

    [Fact]
    public void A_plan_may_mention_a_web_address()
    {
        Assert.Empty(Errors(SampleFilings.BelowScale() with { PreventionPlan = "详见 https://wsjkw.example.gov.cn 的防控指南" }));
    }

    [Fact]
    public void Checked_filing_holds_the_text_as_it_is_stored()
    {
        var sent = SampleFilings.Of("general") with
        {
            Business = SampleFilings.Of("general").Business with { Name = "  Ｑｉｎｇｙｕａｎ   鲜果　批发行 ", Address = "清河区\n清源路８８号" },
            PreventionPlan = " 一、测温\r\n二、消毒 ",
        };

        var (filing, errors) = FilingValidator.Check(sent, District);

        Assert.Empty(errors);
        Assert.Equal("Qingyuan 鲜果 批发行", filing.Business.Name);
        Assert.Equal("清河区 清源路88号", filing.Business.Address);
        Assert.Equal("General", filing.Business.Category);
        Assert.Equal("一、测温\n二、消毒", filing.PreventionPlan);
        Assert.Equal("Qingyuan 鲜果 批发行", FilingSummary.From("F-1", sent, District).BusinessName);
    }

    [Fact]
    public void Full_width_text_is_checked_after_nfkc()
    {
        var error = Assert.Single(Errors(SampleFilings.BelowScale("ｅｖｉｌ．ｅｘａｍｐｌｅ")));

        Assert.Equal("business.name", error.Path);
    }

    [Theory]
    [InlineData("BelowScale,AboveScale")]
    [InlineData("1")]
    [InlineData(" BelowScale")]
    [InlineData("belowscale,BelowScale")]
    public void Scale_is_exactly_one_name(string scale) =>
        Assert.Equal("business.scale", Assert.Single(Errors(SampleFilings.Of("General", scale))).Path);

    [Theory]
    [InlineData("General,General")]
    [InlineData("0")]
    [InlineData(" General")]
    [InlineData("general,General")]
    public void Category_is_exactly_one_name(string category) =>
        Assert.Equal("business.category", Assert.Single(Errors(SampleFilings.Of(category))).Path);

    [Theory]
    [InlineData("Healthy,Healthy")]
    [InlineData("0")]
    [InlineData(" Healthy")]
    [InlineData("healthy,Healthy")]
    public void Health_status_is_exactly_one_name(string status)
    {
        var filing = SampleFilings.BelowScale();
        var roster = filing.Roster.ToArray();
        roster[2] = roster[2] with { HealthStatus = status };

        Assert.Equal("roster[2].healthStatus", Assert.Single(Errors(filing with { Roster = roster })).Path);
    }
}
