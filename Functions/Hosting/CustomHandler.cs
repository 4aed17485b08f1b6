using System.Globalization;

namespace Reopen.Functions.Hosting;

/// <summary>Whether the Azure Functions host runs this process as its custom handler, and on which port.</summary>
public static class CustomHandler
{
    /// <summary>Set by the Functions host; it always calls http://127.0.0.1:{port}.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The port Core Tools uses too, so links and habits carry over.</summary>
    public const int LocalPort = 7071;

    public static int? Port(IConfiguration configuration) =>
        int.TryParse(configuration[PortSetting], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : null;

    public static bool IsActive(IConfiguration configuration) => Port(configuration) is not null;
}
