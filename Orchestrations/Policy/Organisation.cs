namespace Reopen.Orchestrations.Policy;

/// <summary>
/// A street or park office (街道 / 园区): its party secretary and director co-sign, its inspector checks on site, and its grid
/// team (网格员) makes the look-back inspections after reopening (the inspector alone when the policy names no team).
/// </summary>
public sealed record Street(string Code, LocalizedText Name, Official PartySecretary, Official Director, Official Inspector, IReadOnlyList<Official> GridTeam)
{
    public IReadOnlyList<Official> Officials => [PartySecretary, Director, Inspector, .. GridTeam.Where(g => g.Id != Inspector.Id)];
}

/// <summary>A line of business; its competent department reviews above-scale firms in it.</summary>
public sealed record Sector(string Code, LocalizedText Name, string DepartmentCode);

/// <summary>A competent department (行业主管部门), e.g. 商务局.</summary>
public sealed record Department(string Code, LocalizedText Name, IReadOnlyList<string> Sectors, IReadOnlyList<Official> Officials);

/// <summary>A district office that steps in on escalation, e.g. the supervision office (督查室).</summary>
public sealed record Office(string Code, LocalizedText Name, IReadOnlyList<Official> Officials);

/// <summary>复工复产领导小组: its members give the final sign-off for above-scale firms; its head is the top of every escalation.</summary>
public sealed record LeadingGroup(LocalizedText Name, Official Head, IReadOnlyList<Official> Members);

/// <summary>One rung of an escalation chain, resolved to the officials who may decide in place of the original approvers.</summary>
public sealed record EscalationTier(string Code, LocalizedText Name, IReadOnlyList<Official> Officials);
