using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Permits;

/// <summary>Valid on issue; suspension and revocation come from later inspections and show live on the verification page.</summary>
public enum PermitStatus { Valid, Suspended, Revoked }

/// <summary>A permit as the public register keeps it: only what a placard shows anyway (no people, no phones).</summary>
public sealed record PermitRecord(
    string PermitNumber,
    string FilingId,
    string BusinessName,
    string CreditCode,
    string Address,
    string StreetCode,
    string SectorCode,
    BusinessCategory Category,
    DateTimeOffset IssuedAt,
    PermitStatus Status);
