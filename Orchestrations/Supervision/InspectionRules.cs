using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Supervision;

/// <summary>How an inspection ends (检查结果).</summary>
public enum InspectionOutcome
{
    /// <summary>Everything in order.</summary>
    Passed,
    /// <summary>当场整改: a problem found and put right while the inspector was there.</summary>
    FixedOnSpot,
    /// <summary>整改通知书: a problem to be put right by a deadline, then re-inspected.</summary>
    RectificationNotice,
    /// <summary>关停: the business is shut; its permit is suspended.</summary>
    Closure,
}

/// <summary>One checked item as the inspector answered it: passed, or failed with what was wrong.</summary>
public sealed record ItemAnswer(string Code, bool? Passed, string Note);

/// <summary>An inspection as the inspector submits it.</summary>
public sealed record InspectionReport(IReadOnlyList<ItemAnswer> Items, InspectionOutcome? Outcome, string Notes);

/// <summary>What a recorded inspection means for the business.</summary>
public sealed record InspectionFinding(
    InspectionOutcome Outcome,
    IReadOnlyList<ItemAnswer> FailedItems,
    DateTimeOffset? RectifyBy,
    bool SuspendsPermit);

/// <summary>An inspection report is checked whole: every item answered, every failure explained, an outcome that fits.</summary>
public static class InspectionRules
{
    public const int NoteLength = FilingLimits.NoteLength;

    public static (InspectionFinding? Finding, IReadOnlyList<FieldError> Errors) Decide(
        IReadOnlyList<ChecklistSection> checklist, InspectionReport report, SupervisionRules rules, DateTimeOffset now)
    {
        var errors = new FieldErrorList();
        var answers = report.Items.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.Last());
        var failed = new List<ItemAnswer>();
        foreach (var item in checklist.SelectMany(s => s.Items))
        {
            answers.TryGetValue(item.Code, out var answer);
            if (answer?.Passed is not { } passed)
                errors.Add("items." + item.Code, $"请选择“{item.Text.Zh}”是否合格", $"Say whether \"{item.Text.En}\" passed or failed");
            else if (!passed)
            {
                errors.Text(answer.Note, "items." + item.Code + ".note", $"“{item.Text.Zh}”不合格的情况", $"What failed in \"{item.Text.En}\"", NoteLength);
                failed.Add(answer with { Note = answer.Note.Trim() });
            }
        }
        errors.Text(report.Notes, "notes", "检查意见", "The inspector's notes", NoteLength, required: false);

        switch (report.Outcome)
        {
            case null:
                errors.Add("outcome", "请选择检查结果", "Choose the outcome of the inspection");
                break;
            case InspectionOutcome.Passed when failed.Count > 0:
                errors.Add("outcome", "有不合格项时不能选择“检查合格”", "An inspection with a failed item cannot pass");
                break;
            case not InspectionOutcome.Passed when failed.Count == 0 && errors.Errors.Count == 0:
                errors.Add("outcome", "整改或关停须至少标明一项不合格", "Mark at least one failed item for a fix, a notice or a closure");
                break;
        }
        if (errors.Errors.Count > 0) return (null, errors.Errors);

        var outcome = report.Outcome!.Value;
        return (new InspectionFinding(outcome, failed,
            outcome == InspectionOutcome.RectificationNotice ? now + rules.RectifyWithin : null,
            outcome == InspectionOutcome.Closure), []);
    }
}
