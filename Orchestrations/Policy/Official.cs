namespace Reopen.Orchestrations.Policy;

/// <summary>
/// A person who approves, inspects or is escalated to. <paramref name="Id"/> is stable across policy edits:
/// "street:QH01:secretary" | "street:QH01:director" | "street:QH01:inspector" | "dept:commerce:{key}" |
/// "office:supervision:{key}" | "group:{key}" | "group:head".
/// </summary>
public sealed record Official(string Id, string Name, string Email, LocalizedText Role);
