namespace Reopen.Orchestrations.Policy;

/// <summary>
/// A person who approves, inspects or is escalated to. <paramref name="Id"/> is stable across policy edits:
/// "street:QH01:secretary" | "street:QH01:director" | "street:QH01:inspector" | "dept:commerce:{key}" |
/// "office:supervision:{key}" | "group:{key}" | "group:head" | "street:QH01:grid:{key}". <paramref name="Mobile"/> (11 digits) is
/// given for those who get task SMS (grid inspectors).
/// </summary>
public sealed record Official(string Id, string Name, string Email, LocalizedText Role, string? Mobile = null);
