namespace Reopen.Orchestrations.Filings;

/// <summary>
/// The filing with every text typed made one way (<see cref="TypedText"/>), so that what is checked is what is stored and
/// shown. Category, scale and health status are not trimmed, since they must be exactly one of the documented names, and are
/// kept in the documented spelling.
/// </summary>
internal static class FilingNormalizer
{
    public static Filing Normalize(Filing filing) => filing with
    {
        Business = filing.Business is { } b
            ? b with
            {
                Name = TypedText.Line(b.Name), CreditCode = TypedText.Line(b.CreditCode), Address = TypedText.Line(b.Address),
                Street = TypedText.Line(b.Street), Sector = TypedText.Line(b.Sector),
                Category = EnumNames.Canonical<BusinessCategory>(b.Category), Scale = EnumNames.Canonical<BusinessScale>(b.Scale),
            }
            : filing.Business!,
        Responsible = filing.Responsible is { } r
            ? r with { Name = TypedText.Line(r.Name), Mobile = TypedText.Line(r.Mobile) }
            : filing.Responsible!,
        PreventionPlan = TypedText.Block(filing.PreventionPlan),
        EmergencyPlan = TypedText.Block(filing.EmergencyPlan),
        Supplies = filing.Supplies is { } s ? s with { Other = Optional(s.Other) } : filing.Supplies!,
        ProductionQualification = Optional(filing.ProductionQualification),
        Building = filing.Building is { } o
            ? o with { Name = TypedText.Line(o.Name), PropertyManager = TypedText.Line(o.PropertyManager) }
            : null,
        // A null row stays null: the validator names it as an empty row.
        Roster = filing.Roster?.Select(e => e is null ? e! : Normalize(e)).ToArray()!,
    };

    private static RosterEntry Normalize(RosterEntry e) => e with
    {
        Name = TypedText.Line(e.Name), IdNumber = TypedText.Line(e.IdNumber), Mobile = TypedText.Line(e.Mobile),
        HomeProvince = TypedText.Line(e.HomeProvince), ReturnDate = TypedText.Line(e.ReturnDate),
        HealthStatus = EnumNames.Canonical<HealthStatus>(e.HealthStatus),
    };

    private static string? Optional(string? text) => TypedText.Block(text) is { Length: > 0 } kept ? kept : null;
}
