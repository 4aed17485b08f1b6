using QRCoder;

namespace Reopen.Functions.Web;

/// <summary>QR codes as inline SVG (crisp in print, no image request), error correction level M.</summary>
public static class QrCode
{
    private const int PixelsPerModule = 4;

    /// <summary>A standalone SVG document that scales to its container (viewBox, no fixed size).</summary>
    public static string ToSvg(string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(content);
        using var data = QRCodeGenerator.GenerateQrCode(content, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The SVG for embedding in a page, e.g. inside &lt;div class="qr"&gt;.</summary>
    public static Html ToHtml(string content) => Html.Trusted(ToSvg(content));
}
