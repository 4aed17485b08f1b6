namespace Reopen.Orchestrations.Supervision;

/// <summary>What falls due after a permit: an inspection for the street's grid team, or a reminder to the business.</summary>
public enum FollowUpKind
{
    /// <summary>回头看: an announced look-back inspection.</summary>
    LookBack,
    /// <summary>抽查 / 暗访: an unannounced spot check, drawn at the policy's rate.</summary>
    SpotCheck,
    /// <summary>日检查、日消毒: the daily self-check reminder to a livelihood supplier.</summary>
    SelfCheckReminder,
    /// <summary>复查: the re-inspection after a rectification notice; assigned by the notice's process, never planned.</summary>
    Reinspection,
    /// <summary>巡查: an inspection nobody scheduled, started by an official on patrol; never planned.</summary>
    Patrol,
}

public static class FollowUpKinds
{
    public static bool IsInspection(this FollowUpKind kind) => kind is FollowUpKind.LookBack or FollowUpKind.SpotCheck or FollowUpKind.Reinspection or FollowUpKind.Patrol;
}
