using System.Globalization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// The amend page's form, as typed (so a form with errors comes back filled in), keyed by the paths the validator names
/// (e.g. "responsible.mobile"): each error lands next to its input. Routing fields and the roster are not in it.
/// </summary>
internal sealed class FilingAmendForm
{
    public const string Note = "note";
    public const string Qualification = "productionQualification";
    public const string BuildingName = "building.name";
    public const string BuildingManager = "building.propertyManager";

    private static readonly string[] TextFields =
    [
        "business.name", "business.address", "responsible.name", "responsible.mobile", "preventionPlan", "emergencyPlan",
        "supplies.masks", "supplies.disinfectantLitres", "supplies.thermometers", "supplies.other", "routine.maxCustomersAtOnce",
        Qualification, BuildingName, BuildingManager, Note,
    ];

    public static readonly string[] FiveInPlace =
    [
        "fiveInPlace.responsibilityAssigned", "fiveInPlace.planWritten", "fiveInPlace.staffInformationCollected",
        "fiveInPlace.suppliesReady", "fiveInPlace.workSafetyAssured",
    ];

    public static readonly string[] Routine =
        ["routine.temperatureCheck", "routine.healthCodeCheck", "routine.dailyCheck", "routine.dailyDisinfection", "routine.dineInSuspended"];

    // The order of the inputs on the page, which the error summary follows.
    private static readonly string[] PageOrder =
    [
        "business.name", "business.address", "responsible.name", "responsible.mobile", "preventionPlan", "emergencyPlan", Qualification,
        .. FiveInPlace, "supplies.masks", "supplies.disinfectantLitres", "supplies.thermometers", "supplies.other", .. Routine,
        "routine.maxCustomersAtOnce", BuildingName, BuildingManager, Note,
    ];

    private readonly Dictionary<string, string> _values;

    private FilingAmendForm(Dictionary<string, string> values) => _values = values;

    /// <summary>The value as typed; "" when absent.</summary>
    public string this[string path] => _values.GetValueOrDefault(path, "");

    public bool IsChecked(string path) => _values.ContainsKey(path);

    /// <summary>The form pre-filled from the filing as stored.</summary>
    public static FilingAmendForm From(Filing f)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["business.name"] = f.Business.Name, ["business.address"] = f.Business.Address,
            ["responsible.name"] = f.Responsible.Name, ["responsible.mobile"] = f.Responsible.Mobile,
            ["preventionPlan"] = f.PreventionPlan, ["emergencyPlan"] = f.EmergencyPlan,
            ["supplies.masks"] = Number(f.Supplies.Masks), ["supplies.disinfectantLitres"] = f.Supplies.DisinfectantLitres.ToString("0.###", CultureInfo.InvariantCulture),
            ["supplies.thermometers"] = Number(f.Supplies.Thermometers), ["supplies.other"] = f.Supplies.Other ?? "",
            ["routine.maxCustomersAtOnce"] = f.Routine.MaxCustomersAtOnce is { } most ? Number(most) : "",
            [Qualification] = f.ProductionQualification ?? "",
            [BuildingName] = f.Building?.Name ?? "", [BuildingManager] = f.Building?.PropertyManager ?? "",
        };
        bool[] five = [f.FiveInPlace.ResponsibilityAssigned, f.FiveInPlace.PlanWritten, f.FiveInPlace.StaffInformationCollected,
            f.FiveInPlace.SuppliesReady, f.FiveInPlace.WorkSafetyAssured];
        bool[] routine = [f.Routine.TemperatureCheck, f.Routine.HealthCodeCheck, f.Routine.DailyCheck, f.Routine.DailyDisinfection,
            f.Routine.DineInSuspended];
        foreach (var (path, on) in FiveInPlace.Zip(five).Concat(Routine.Zip(routine)))
            if (on) values[path] = "on";
        return new FilingAmendForm(values);
    }

    /// <summary>The posted form; an unchecked box is simply absent, as browsers send it.</summary>
    public static FilingAmendForm Read(IFormCollection form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in TextFields.Concat(FiveInPlace).Concat(Routine))
            if (form.TryGetValue(path, out var posted) && posted.FirstOrDefault() is { } value) values[path] = value;
        return new FilingAmendForm(values);
    }

    /// <summary>Where the input of <paramref name="path"/> comes on the page; fields without one (e.g. the roster's) after all.</summary>
    public static int PositionOf(string path) => Array.IndexOf(PageOrder, path) is var i and >= 0 ? i : PageOrder.Length;

    /// <summary>The note as it is kept: normalized like every multi-line text (<see cref="TypedText.Block"/>); null when blank.</summary>
    public string? NoteText => TypedText.Block(this[Note]) is { Length: > 0 } note ? note : null;

    /// <summary>
    /// The stored filing with what the form changes; routing fields and the roster stay as filed. Also the values that
    /// are not numbers (the validator checks the rest).
    /// </summary>
    public (Filing Amended, IReadOnlyList<FieldError> Unreadable) ApplyTo(Filing stored)
    {
        var unreadable = new List<FieldError>();
        int Whole(string path) => ParseWhole(this[path]) ?? Unreadable(path, 0, "filing.amend.error.wholeNumber");
        decimal Litres(string path) => decimal.TryParse(Ascii(this[path]), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite
            | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var v) ? v : Unreadable(path, 0m, "filing.amend.error.number");
        T Unreadable<T>(string path, T fallback, string key)
        {
            unreadable.Add(FilingProblems.Field(path, key));
            return fallback;
        }

        var most = this["routine.maxCustomersAtOnce"];
        var amended = stored with
        {
            Business = stored.Business with { Name = this["business.name"], Address = this["business.address"] },
            Responsible = new ResponsiblePerson { Name = this["responsible.name"], Mobile = this["responsible.mobile"] },
            PreventionPlan = this["preventionPlan"],
            EmergencyPlan = this["emergencyPlan"],
            FiveInPlace = new FiveInPlace
            {
                ResponsibilityAssigned = IsChecked(FiveInPlace[0]), PlanWritten = IsChecked(FiveInPlace[1]),
                StaffInformationCollected = IsChecked(FiveInPlace[2]), SuppliesReady = IsChecked(FiveInPlace[3]), WorkSafetyAssured = IsChecked(FiveInPlace[4]),
            },
            Supplies = new PreventionSupplies
            {
                Masks = Whole("supplies.masks"), DisinfectantLitres = Litres("supplies.disinfectantLitres"),
                Thermometers = Whole("supplies.thermometers"), Other = Blank(this["supplies.other"]),
            },
            Routine = new EntryRoutine
            {
                TemperatureCheck = IsChecked(Routine[0]), HealthCodeCheck = IsChecked(Routine[1]), DailyCheck = IsChecked(Routine[2]),
                DailyDisinfection = IsChecked(Routine[3]), DineInSuspended = IsChecked(Routine[4]),
                MaxCustomersAtOnce = string.IsNullOrWhiteSpace(most) ? null : Whole("routine.maxCustomersAtOnce"),
            },
            // A section the page did not show keeps what was filed.
            ProductionQualification = _values.ContainsKey(Qualification) ? Blank(this[Qualification]) : stored.ProductionQualification,
            Building = !_values.ContainsKey(BuildingName) && !_values.ContainsKey(BuildingManager) ? stored.Building
                : Blank(this[BuildingName]) is null && Blank(this[BuildingManager]) is null ? null
                : new OfficeBuilding { Name = this[BuildingName], PropertyManager = this[BuildingManager] },
        };
        return (amended, unreadable);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static int? ParseWhole(string text) =>
        int.TryParse(Ascii(text), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var v) ? v : null;

    // Phones type full-width digits and points in Chinese input mode: ０-９ and ．.
    private static string Ascii(string text) =>
        string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c));
}
