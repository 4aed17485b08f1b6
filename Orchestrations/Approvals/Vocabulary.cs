namespace Reopen.Orchestrations.Approvals;

public enum ApprovalStatus { New, Pending, Returned, Approved, Rejected, Withdrawn }

public enum StepStatus { Waiting, Open, Approved, Rejected, Returned, Cancelled }

/// <summary>The kinds of step a route is made of; each kind appears at most once in a route.</summary>
public enum StepKind
{
    /// <summary>五小单位: the street's inspector checks the premises before the street decides.</summary>
    OnSiteCheck,
    /// <summary>规上: the street or park office, first of three parties.</summary>
    StreetReview,
    /// <summary>规下: the street's party secretary and director both sign.</summary>
    StreetCoSign,
    /// <summary>规上: the competent department of the sector.</summary>
    DepartmentReview,
    /// <summary>规上: the leading group, final sign-off.</summary>
    LeadingGroupReview,
}

/// <summary>AnyOne: the first decision settles the step. Everyone: each approver must approve; one rejection or return settles it.</summary>
public enum StepMode { AnyOne, Everyone }

public enum Verdict { Approve, Reject, Return }

public enum EmailPurpose { Decide, Reminder, Escalation, Overdue }

public enum SmsKind { Approved, Rejected, Returned }

public enum CallbackStatus { Open, Closed }

/// <summary>Where a decision came from, kept in the audit trail: e.g. Channel "email-link", the client's IP and user agent.</summary>
public sealed record DecisionOrigin(string Channel, string? IpAddress, string? UserAgent);

/// <summary>Stable step ids (one step per kind in a route): part of decision links, never change them.</summary>
public static class StepIds
{
    public static string For(StepKind kind) => kind switch
    {
        StepKind.OnSiteCheck => "on-site-check",
        StepKind.StreetReview => "street-review",
        StepKind.StreetCoSign => "street-co-sign",
        StepKind.DepartmentReview => "department-review",
        _ => "leading-group-review",
    };
}
