namespace Reopen.Orchestrations.Policy;

// The policy file as written: everything optional so that validation can report every missing item at once.
internal sealed record PolicyDocument(
    DistrictDocument? District,
    string? LinkLifetime,
    List<StreetDocument?>? Streets,
    List<DepartmentDocument?>? Departments,
    List<SectorDocument?>? Sectors,
    List<OfficeDocument?>? Offices,
    LeadingGroupDocument? LeadingGroup,
    EscalationDocument? Escalation,
    TimingsDocument? Timings,
    SupervisionDocument? Supervision);

internal sealed record TextDocument(string? Zh, string? En);

internal sealed record DistrictDocument(string? Code, TextDocument? Name, string? ProvinceCode);

internal sealed record PersonDocument(string? Key, string? Name, string? Email, TextDocument? Role, string? Mobile = null);

internal sealed record StreetOfficialsDocument(PersonDocument? PartySecretary, PersonDocument? Director, PersonDocument? Inspector, List<PersonDocument?>? GridTeam = null);

internal sealed record StreetDocument(string? Code, TextDocument? Name, StreetOfficialsDocument? Officials);

internal sealed record DepartmentDocument(string? Code, TextDocument? Name, List<PersonDocument?>? Officials);

internal sealed record SectorDocument(string? Code, TextDocument? Name, string? Department);

internal sealed record OfficeDocument(string? Code, TextDocument? Name, List<PersonDocument?>? Officials);

internal sealed record LeadingGroupDocument(TextDocument? Name, PersonDocument? Head, List<PersonDocument?>? Members);

internal sealed record EscalationDocument(List<string?>? Street, List<string?>? Department, List<string?>? LeadingGroup);

internal sealed record TimingDocument(string? RemindAfter, string? DeadlineAfter);

internal sealed record RouteTimingsDocument(
    TimingDocument? OnSiteCheck,
    TimingDocument? StreetReview,
    TimingDocument? StreetCoSign,
    TimingDocument? DepartmentReview,
    TimingDocument? LeadingGroupReview,
    TimingDocument? Escalation);

internal sealed record TimingsDocument(RouteTimingsDocument? Standard, RouteTimingsDocument? GreenChannel);

internal sealed record SpotChecksDocument(double? WalkInRate, double? AboveScaleRate, double? OtherRate, string? Within);

internal sealed record SelfChecksDocument(List<string?>? Categories, string? Every, int? Times);

internal sealed record SupervisionDocument(List<string?>? LookBacksAfter, SpotChecksDocument? SpotChecks, SelfChecksDocument? SelfChecks,
    string? InspectionWithin, bool? InspectorSms, string? RectifyWithin);
