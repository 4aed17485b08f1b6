namespace Reopen.Orchestrations.Approvals;

/// <summary>Codes of <see cref="Runtime.CommandRejectedException"/> thrown by <see cref="ApprovalProcess"/>.</summary>
public static class ApprovalRejections
{
    public const string AlreadySubmitted = "already-submitted";
    public const string NotSubmitted = "not-submitted";
    public const string InvalidFiling = "invalid-filing";
    public const string UnknownStep = "unknown-step";
    /// <summary>The link belongs to an earlier round; the filing was amended since.</summary>
    public const string Superseded = "superseded";
    /// <summary>Someone already decided this round of the step; the state's step outcome says who and when.</summary>
    public const string AlreadyDecided = "already-decided";
    public const string Closed = "closed";
    public const string StepNotOpen = "step-not-open";
    public const string NotAnApprover = "not-an-approver";
    public const string ReasonRequired = "reason-required";
    public const string TextTooLong = "text-too-long";
    public const string NotReturned = "not-returned";
    /// <summary>An amendment may not change what decides the route (street, sector, category, scale, credit code).</summary>
    public const string RouteChanged = "route-changed";
    public const string NoCallback = "no-callback";
    public const string CallbackAlreadyClosed = "callback-closed";
    public const string NotAnOfficial = "not-an-official";
}
