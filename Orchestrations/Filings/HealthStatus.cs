namespace Reopen.Orchestrations.Filings;

/// <summary>Health status of a returning staff member as the roster template lists it.</summary>
public enum HealthStatus
{
    /// <summary>健康.</summary>
    Healthy,
    /// <summary>医学观察中: may not start work until observation ends.</summary>
    UnderObservation,
    /// <summary>身体不适.</summary>
    Unwell,
}

public static class HealthStatuses
{
    /// <summary>Exactly one health status name as documented, e.g. "Healthy".</summary>
    public static bool TryParse(string? text, out HealthStatus status) => EnumNames.TryParse(text, out status);
}
