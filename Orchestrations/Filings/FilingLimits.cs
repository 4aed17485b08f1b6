namespace Reopen.Orchestrations.Filings;

/// <summary>Size limits that keep each stored entity well inside Table Storage limits (32K characters per property).</summary>
public static class FilingLimits
{
    public const int MinRoster = 1;
    public const int MaxRoster = 5_000;
    public const int PlanLength = 10_000;
    public const int BusinessNameLength = 100;
    public const int AddressLength = 200;
    public const int PersonNameLength = 50;
    public const int NoteLength = 1_000;
    public const int QualificationLength = 2_000;
    public const int MaxCustomersAtOnce = 100_000;
    public const int MaxMasks = 10_000_000;
    public const int MaxThermometers = 100_000;
    public const decimal MaxDisinfectantLitres = 1_000_000m;
}
