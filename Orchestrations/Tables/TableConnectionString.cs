namespace Reopen.Orchestrations.Tables;

/// <summary>The parts of a storage connection string the Table client needs.</summary>
internal sealed record TableConnectionString(Uri TableEndpoint, string AccountName, string AccountKey)
{
    internal const string DevelopmentAccountName = "devstoreaccount1";
    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = SplitPairs(connectionString);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev))
        {
            if (!bool.TryParse(dev, out var useDev) || !useDev)
                throw Malformed("UseDevelopmentStorage must be 'true'");
            return new TableConnectionString(DevelopmentTableEndpoint, DevelopmentAccountName, DevelopmentAccountKey);
        }

        var account = Required(parts, "AccountName");
        var key = Required(parts, "AccountKey");
        if (!IsBase64(key)) throw Malformed("AccountKey is not valid Base64");

        Uri tableEndpoint;
        if (parts.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint.TrimEnd('/'), UriKind.Absolute, out tableEndpoint!)
                || (tableEndpoint.Scheme != Uri.UriSchemeHttp && tableEndpoint.Scheme != Uri.UriSchemeHttps))
                throw Malformed("TableEndpoint is not an absolute http(s) URI");
        }
        else
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            if (protocol is not ("http" or "https")) throw Malformed("DefaultEndpointsProtocol must be http or https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            tableEndpoint = new Uri($"{protocol}://{account}.table.{suffix}");
        }
        return new TableConnectionString(tableEndpoint, account, key);
    }

    private static Dictionary<string, string> SplitPairs(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0) throw Malformed($"segment without 'name=value' at position {parts.Count + 1}");
            var name = segment[..equals].Trim();
            // Values (keys) may themselves contain '=' padding: split on the first '=' only.
            var value = segment[(equals + 1)..].Trim();
            if (value.Length == 0) throw Malformed($"'{name}' has an empty value");
            if (!parts.TryAdd(name, value)) throw Malformed($"'{name}' appears twice");
        }
        return parts;
    }

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) ? value : throw Malformed($"'{name}' is missing");

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }

    // The message never echoes the connection string: it carries a secret.
    private static FormatException Malformed(string reason) => new($"Malformed storage connection string: {reason}.");
}
