using System.Text.Json.Serialization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Approvals;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(Submit), nameof(Submit))]
[JsonDerivedType(typeof(RecordDecision), nameof(RecordDecision))]
[JsonDerivedType(typeof(Amend), nameof(Amend))]
[JsonDerivedType(typeof(Withdraw), nameof(Withdraw))]
[JsonDerivedType(typeof(Remind), nameof(Remind))]
[JsonDerivedType(typeof(Escalate), nameof(Escalate))]
[JsonDerivedType(typeof(CloseCallback), nameof(CloseCallback))]
public abstract record ApprovalCommand;

/// <summary>The business files; build <paramref name="Filing"/> with <see cref="FilingSummary.From"/>.</summary>
public sealed record Submit(FilingSummary Filing) : ApprovalCommand;

/// <summary>An approver decides the open step. Reject and Return need a reason. <paramref name="Round"/> comes from the link.</summary>
public sealed record RecordDecision(
    string StepId,
    int Round,
    string ApproverId,
    Verdict Verdict,
    string? Reason,
    DecisionOrigin Origin) : ApprovalCommand;

/// <summary>The business fixes a returned filing; the returned step resumes in a new round. Routing fields may not change.</summary>
public sealed record Amend(FilingSummary Filing, string? Note) : ApprovalCommand;

/// <summary>The business withdraws a pending or returned filing.</summary>
public sealed record Withdraw(string? Reason) : ApprovalCommand;

/// <summary>Timer: remind the holders of a step; does nothing if the step, round or escalation level has moved on.</summary>
public sealed record Remind(string StepId, int Round, int Level) : ApprovalCommand;

/// <summary>Timer: the deadline of a step at an escalation level passed; does nothing if it has moved on.</summary>
public sealed record Escalate(string StepId, int Round, int Level) : ApprovalCommand;

/// <summary>The street office called the rejected business back; records what was said and by whom.</summary>
public sealed record CloseCallback(string OfficialId, string Notes) : ApprovalCommand;
