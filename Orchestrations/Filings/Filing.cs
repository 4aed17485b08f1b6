namespace Reopen.Orchestrations.Filings;

/// <summary>
/// A reopening filing (备案表) exactly as the business sent it. Every member is lenient (strings, defaults) so that
/// <see cref="FilingValidator"/> can name each failing field instead of the JSON reader stopping at the first.
/// </summary>
public sealed record Filing
{
    public BusinessDetails Business { get; init; } = new();
    public ResponsiblePerson Responsible { get; init; } = new();
    /// <summary>防控工作方案.</summary>
    public string PreventionPlan { get; init; } = "";
    /// <summary>应急预案.</summary>
    public string EmergencyPlan { get; init; } = "";
    /// <summary>五到位.</summary>
    public FiveInPlace FiveInPlace { get; init; } = new();
    public PreventionSupplies Supplies { get; init; } = new();
    public EntryRoutine Routine { get; init; } = new();
    /// <summary>Statement of the production licence or qualification; required of epidemic-supplies producers.</summary>
    public string? ProductionQualification { get; init; }
    /// <summary>The office building; required of office-building tenants.</summary>
    public OfficeBuilding? Building { get; init; }
    /// <summary>返岗职工花名册; stored one entity per person, never in the process state.</summary>
    public IReadOnlyList<RosterEntry> Roster { get; init; } = [];
}

public sealed record BusinessDetails
{
    public string Name { get; init; } = "";
    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; init; } = "";
    public string Address { get; init; } = "";
    /// <summary>Street code from the district policy, e.g. "QH01".</summary>
    public string Street { get; init; } = "";
    /// <summary>Sector code from the district policy, e.g. "retail".</summary>
    public string Sector { get; init; } = "";
    /// <summary>A <see cref="BusinessCategory"/> name, e.g. "SmallRestaurant".</summary>
    public string Category { get; init; } = "";
    /// <summary>A <see cref="BusinessScale"/> name, e.g. "AboveScale".</summary>
    public string Scale { get; init; } = "";
}

public sealed record ResponsiblePerson
{
    public string Name { get; init; } = "";
    /// <summary>Receives the SMS; "+86" prefixes, spaces and dashes are accepted.</summary>
    public string Mobile { get; init; } = "";
}

/// <summary>五到位: every item must be in place before a firm may reopen.</summary>
public sealed record FiveInPlace
{
    public bool ResponsibilityAssigned { get; init; }
    public bool PlanWritten { get; init; }
    public bool StaffInformationCollected { get; init; }
    public bool SuppliesReady { get; init; }
    public bool WorkSafetyAssured { get; init; }
}

public sealed record PreventionSupplies
{
    public int Masks { get; init; }
    public decimal DisinfectantLitres { get; init; }
    public int Thermometers { get; init; }
    public string? Other { get; init; }
}

/// <summary>The disinfection and entry-check routine.</summary>
public sealed record EntryRoutine
{
    /// <summary>测温 at the entrance.</summary>
    public bool TemperatureCheck { get; init; }
    /// <summary>查码 at the entrance; required of places open to customers.</summary>
    public bool HealthCodeCheck { get; init; }
    /// <summary>限流: most customers inside at once; required of places open to customers.</summary>
    public int? MaxCustomersAtOnce { get; init; }
    /// <summary>日检查; required of livelihood suppliers.</summary>
    public bool DailyCheck { get; init; }
    /// <summary>日消毒; required of livelihood suppliers.</summary>
    public bool DailyDisinfection { get; init; }
    /// <summary>小餐馆不得聚餐、堂食: required of small restaurants.</summary>
    public bool DineInSuspended { get; init; }
}

public sealed record OfficeBuilding
{
    public string Name { get; init; } = "";
    public string PropertyManager { get; init; } = "";
}

/// <summary>One returning staff member (一人一档).</summary>
public sealed record RosterEntry
{
    public string Name { get; init; } = "";
    public string IdNumber { get; init; } = "";
    public string Mobile { get; init; } = "";
    /// <summary>Two-digit code, Chinese name (full or short) or English name of the home province.</summary>
    public string HomeProvince { get; init; } = "";
    /// <summary>A <see cref="Filings.HealthStatus"/> name.</summary>
    public string HealthStatus { get; init; } = "";
    /// <summary>yyyy-MM-dd.</summary>
    public string ReturnDate { get; init; } = "";
}
