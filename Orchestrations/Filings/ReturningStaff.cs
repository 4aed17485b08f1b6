using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Filings;

/// <summary>One roster row normalized for storage (one entity per person). Personal data: mask it for display, never log it.</summary>
public sealed record ReturningStaff(
    string Name,
    string IdNumber,
    string Mobile,
    string HomeProvinceCode,
    bool OutOfProvince,
    HealthStatus HealthStatus,
    DateOnly ReturnDate)
{
    /// <summary>The roster of a filing that <see cref="FilingValidator.Validate"/> found valid.</summary>
    public static IReadOnlyList<ReturningStaff> From(Filing filing, DistrictPolicy policy) =>
        filing.Roster.Select(r =>
        {
            MobileNumber.TryNormalize(r.Mobile, out var mobile);
            HealthStatuses.TryParse(r.HealthStatus, out var health);
            var province = Provinces.Find(r.HomeProvince)?.Code
                ?? throw new ArgumentException("The roster has an unknown province; validate the filing first.", nameof(filing));
            var returnDate = RosterValidator.ParseReturnDate(r.ReturnDate)
                ?? throw new ArgumentException("The roster has an invalid return date; validate the filing first.", nameof(filing));
            return new ReturningStaff(r.Name.Trim(), ResidentIdNumber.Normalize(r.IdNumber), mobile, province,
                province != policy.ProvinceCode, health, returnDate);
        }).ToArray();
}
