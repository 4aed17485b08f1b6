namespace Reopen.Orchestrations.Filings;

/// <summary>Scale decides the route: above-scale firms go through three parties, the rest are co-signed by the street.</summary>
public enum BusinessScale
{
    /// <summary>规上企业.</summary>
    AboveScale,
    /// <summary>规下企业.</summary>
    BelowScale,
    /// <summary>个体户.</summary>
    SoleTrader,
}

public static class BusinessScales
{
    /// <summary>Exactly one scale name as documented, e.g. "AboveScale".</summary>
    public static bool TryParse(string? text, out BusinessScale scale) => EnumNames.TryParse(text, out scale);

    public static string Chinese(this BusinessScale scale) => scale switch
    {
        BusinessScale.AboveScale => "规上企业",
        BusinessScale.BelowScale => "规下企业",
        BusinessScale.SoleTrader => "个体户",
        _ => scale.ToString(),
    };
}
