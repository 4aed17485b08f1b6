using System.Text.Json.Serialization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Supervision.Rectification;

/// <summary>Where a rectification stands.</summary>
public enum RectificationStatus
{
    New,
    /// <summary>The business has until the deadline to put things right and report it.</summary>
    Open,
    /// <summary>The deadline passed unreported: a supervision order (督办单) went to the street's head.</summary>
    Overdue,
    /// <summary>The business reported its fix; the re-inspection is assigned.</summary>
    Reinspecting,
    /// <summary>The re-inspection passed.</summary>
    Closed,
    /// <summary>Re-inspections failed twice: the permit is revoked.</summary>
    Revoked,
}

/// <summary>The four documents of the supervision loop (问题单, 提示单, 督办单, 反馈单).</summary>
public enum DocumentKind { Problem, Reminder, SupervisionOrder, Feedback }

/// <summary>A numbered document, as printed: its number is unique in the district and stable across retries.</summary>
public sealed record RectificationDocument(DocumentKind Kind, string Number, DateTimeOffset At, DateTimeOffset? Deadline, IReadOnlyList<ItemAnswer> Items,
    string? Text);

/// <summary>What an inspection found that must be put right (整改通知书), as the inspection recorded it.</summary>
public sealed record RectificationNotice(
    string NoticeId,
    string FilingId,
    string InspectionKey,
    string PermitNumber,
    string StreetCode,
    string BusinessName,
    string Address,
    BusinessCategory Category,
    string InspectorId,
    IReadOnlyList<ItemAnswer> FailedItems,
    bool Closure);

public sealed record RectificationState(
    RectificationStatus Status,
    RectificationNotice? Notice,
    int Round,
    DateTimeOffset? RectifyBy,
    DateTimeOffset? SupervisionBy,
    bool PermitSuspended,
    int FailedReinspections,
    string? FixReport,
    IReadOnlyList<RectificationDocument> Documents,
    bool RemindedThisRound = false)
{
    public static RectificationState Initial { get; } = new(RectificationStatus.New, null, 0, null, null, false, 0, null, []);

    /// <summary>What the items stand at now: the notice's, or the last failed re-inspection's.</summary>
    [JsonIgnore] public IReadOnlyList<ItemAnswer> OpenItems => Documents.LastOrDefault(d => d.Kind == DocumentKind.Problem)?.Items ?? Notice?.FailedItems ?? [];
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(OpenRectification), nameof(OpenRectification))]
[JsonDerivedType(typeof(RemindRectification), nameof(RemindRectification))]
[JsonDerivedType(typeof(CheckRectificationDeadline), nameof(CheckRectificationDeadline))]
[JsonDerivedType(typeof(CheckSupervisionDeadline), nameof(CheckSupervisionDeadline))]
[JsonDerivedType(typeof(ReportFix), nameof(ReportFix))]
[JsonDerivedType(typeof(RecordReinspection), nameof(RecordReinspection))]
public abstract record RectificationCommand;

public sealed record OpenRectification(RectificationNotice Notice) : RectificationCommand;

/// <summary>Timer: the reminder before the round's deadline.</summary>
public sealed record RemindRectification(int Round) : RectificationCommand;

/// <summary>Timer: the round's deadline.</summary>
public sealed record CheckRectificationDeadline(int Round) : RectificationCommand;

/// <summary>Timer: the supervision order's deadline.</summary>
public sealed record CheckSupervisionDeadline(int Round) : RectificationCommand;

/// <summary>The business says what it fixed (with its access code).</summary>
public sealed record ReportFix(string Report) : RectificationCommand;

/// <summary>The re-inspection's result, recorded on the inspector's page.</summary>
public sealed record RecordReinspection(bool Passed, IReadOnlyList<ItemAnswer> FailedItems, string InspectorId) : RectificationCommand;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(NoticeIssued), nameof(NoticeIssued))]
[JsonDerivedType(typeof(RectificationReminded), nameof(RectificationReminded))]
[JsonDerivedType(typeof(RectificationDeadlineMissed), nameof(RectificationDeadlineMissed))]
[JsonDerivedType(typeof(SupervisionOrderOverdue), nameof(SupervisionOrderOverdue))]
[JsonDerivedType(typeof(FixReported), nameof(FixReported))]
[JsonDerivedType(typeof(ReinspectionPassed), nameof(ReinspectionPassed))]
[JsonDerivedType(typeof(ReinspectionFailed), nameof(ReinspectionFailed))]
public abstract record RectificationEvent(DateTimeOffset At);

public sealed record NoticeIssued(RectificationNotice Notice, DateTimeOffset RectifyBy, RectificationDocument Problem, DateTimeOffset At) : RectificationEvent(At);

public sealed record RectificationReminded(int Round, RectificationDocument Reminder, DateTimeOffset At) : RectificationEvent(At);

public sealed record RectificationDeadlineMissed(int Round, DateTimeOffset SupervisionBy, RectificationDocument Order, DateTimeOffset At) : RectificationEvent(At);

/// <summary>The supervision order's deadline passed too: the business is shut (关停), its permit suspended.</summary>
public sealed record SupervisionOrderOverdue(int Round, DateTimeOffset At) : RectificationEvent(At);

public sealed record FixReported(int Round, string Report, DateTimeOffset InspectBy, DateTimeOffset At) : RectificationEvent(At);

/// <summary>Passed; <paramref name="Reinstates"/> when the permit was suspended (closure) and now stands again.</summary>
public sealed record ReinspectionPassed(int Round, string InspectorId, RectificationDocument Feedback, bool Reinstates, DateTimeOffset At) : RectificationEvent(At);

/// <summary>Failed: a new round with a new deadline, or, the second time, revocation (<paramref name="RectifyBy"/> null).</summary>
public sealed record ReinspectionFailed(int Round, string InspectorId, RectificationDocument Problem, DateTimeOffset? RectifyBy, DateTimeOffset At)
    : RectificationEvent(At)
{
    [JsonIgnore] public bool Revokes => RectifyBy is null;
}

/// <summary>The SMS to the business at each turn; fixed words, no typed text.</summary>
public enum RectificationSmsKind { Notice, Reminder, SupervisionOrder, Closure, Passed, Failed, Revoked }

public enum PermitChange { Suspend, Reinstate, Revoke }

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(RectificationSms), nameof(RectificationSms))]
[JsonDerivedType(typeof(SupervisionOrderEmail), nameof(SupervisionOrderEmail))]
[JsonDerivedType(typeof(ReinspectionAssigned), nameof(ReinspectionAssigned))]
[JsonDerivedType(typeof(PermitStatusChange), nameof(PermitStatusChange))]
public abstract record RectificationEffect;

/// <summary>To the business's mobile, looked up when sent (the number stays out of this process's history).</summary>
public sealed record RectificationSms(string FilingId, string NoticeId, RectificationSmsKind Kind, string PermitNumber, DateTimeOffset? Deadline, int Items)
    : RectificationEffect;

/// <summary>督办单 to the street's head: the business, what is still wrong, the order's number and deadline.</summary>
public sealed record SupervisionOrderEmail(RectificationNotice Notice, RectificationDocument Order, DateTimeOffset SupervisionBy) : RectificationEffect;

/// <summary>A re-inspection task for the inspector who issued the notice.</summary>
public sealed record ReinspectionAssigned(RectificationNotice Notice, int Round, DateTimeOffset InspectBy) : RectificationEffect
{
    /// <summary>The task's key among the filing's inspections.</summary>
    [JsonIgnore] public string TaskKey => $"{Notice.InspectionKey}-re{Round}";
}

public sealed record PermitStatusChange(string FilingId, string PermitNumber, PermitChange Change) : RectificationEffect;
