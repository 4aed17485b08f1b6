using Reopen.Functions.Web;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// The posted checklist: "item:{code}" = "pass" | "fail", "note:{code}" = what failed, "outcome" = an
/// <see cref="InspectionOutcome"/> name, "notes" = the inspector's notes. Anything else is ignored; nothing is required
/// here, the rules name what is missing.
/// </summary>
internal static class InspectionForm
{
    public const string ItemPrefix = "item:";
    public const string NotePrefix = "note:";
    public const string Pass = "pass";
    public const string Fail = "fail";

    public static async Task<InspectionReport> ReadAsync(HttpRequest request, IReadOnlyList<ChecklistSection> checklist, CancellationToken ct)
    {
        if (!request.HasFormContentType) return new([], null, "");
        var form = await PostedForm.ReadAsync(request, ct);
        var items = checklist.SelectMany(s => s.Items).Select(i => new ItemAnswer(i.Code,
            form[ItemPrefix + i.Code].FirstOrDefault() switch { Pass => true, Fail => false, _ => null },
            form[NotePrefix + i.Code].FirstOrDefault() ?? "")).ToArray();
        var outcome = Enum.TryParse<InspectionOutcome>(form["outcome"].FirstOrDefault(), out var o) && Enum.IsDefined(o) ? o : (InspectionOutcome?)null;
        return new(items, outcome, form["notes"].FirstOrDefault() ?? "");
    }
}
