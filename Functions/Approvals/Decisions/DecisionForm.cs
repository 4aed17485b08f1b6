using Reopen.Functions.Web;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>A validation problem of the decision form, as a text key and its arguments.</summary>
internal sealed record DecisionFormError(string Field, string TextKey, params object[] Args);

/// <summary>The posted decision form, as typed (so a form with errors comes back filled in).</summary>
internal sealed record DecisionForm(string? VerdictText, string Reason)
{
    public const int MaxReasonLength = FilingLimits.NoteLength;

    public static DecisionForm Empty { get; } = new(null, "");

    public static async Task<DecisionForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return Empty;
        var form = await PostedForm.ReadAsync(request, ct);
        return new DecisionForm(form["verdict"].FirstOrDefault(), form["reason"].FirstOrDefault() ?? "");
    }

    public Verdict? Verdict => EnumNames.TryParse<Verdict>(VerdictText, out var v) ? v : null;

    public string? TrimmedReason => string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();

    /// <summary>Every problem, so the approver fixes them in one go.</summary>
    public IReadOnlyList<DecisionFormError> Validate()
    {
        var errors = new List<DecisionFormError>();
        if (Verdict is not { } verdict) errors.Add(new("verdict", "decision.form.error.verdict"));
        else if (verdict != Orchestrations.Approvals.Verdict.Approve && TrimmedReason is null)
            errors.Add(new("reason", "decision.form.error.reasonRequired"));
        if (TrimmedReason is { Length: > MaxReasonLength } reason)
            errors.Add(new("reason", "decision.form.error.reasonTooLong", MaxReasonLength, reason.Length));
        return errors;
    }
}
