using System.Xml.Linq;
using Reopen.Functions.Web;

namespace Reopen.Functions.Tests.Web;

public class QrCodeTests
{
    private const string PermitUrl = "https://reopen.example.gov.cn/api/permits/FG-2020-000123";

    [Fact]
    public void Svg_is_well_formed_and_scales()
    {
        var svg = XDocument.Parse(QrCode.ToSvg(PermitUrl));

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.NotNull(svg.Root.Attribute("viewBox"));
        Assert.NotEmpty(svg.Root.Descendants());
    }

    [Fact]
    public void Same_content_gives_the_same_svg()
    {
        Assert.Equal(QrCode.ToSvg(PermitUrl), QrCode.ToSvg(PermitUrl));
    }

    [Fact]
    public void Longer_content_needs_a_larger_code()
    {
        var small = ViewBoxSide(QrCode.ToSvg("https://a.cn/1"));
        var large = ViewBoxSide(QrCode.ToSvg(PermitUrl + "?" + new string('x', 200)));

        Assert.True(large > small, $"{large} should exceed {small}");
    }

    [Fact]
    public void Html_form_embeds_the_same_svg()
    {
        Assert.Equal(QrCode.ToSvg(PermitUrl), QrCode.ToHtml(PermitUrl).ToString());
    }

    private static double ViewBoxSide(string svg)
    {
        var viewBox = XDocument.Parse(svg).Root!.Attribute("viewBox")!.Value.Split(' ');
        return double.Parse(viewBox[2], System.Globalization.CultureInfo.InvariantCulture);
    }
}
