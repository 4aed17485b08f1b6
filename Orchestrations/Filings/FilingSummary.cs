using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Filings;

/// <summary>
/// What the approval process keeps of a filing: enough to route it and to write to the business. The plans and the
/// roster stay with the HTTP side. <see cref="ResponsibleMobile"/> is normalized (11 digits).
/// </summary>
public sealed record FilingSummary(
    string FilingId,
    string BusinessName,
    string CreditCode,
    string Address,
    string StreetCode,
    string SectorCode,
    BusinessCategory Category,
    BusinessScale Scale,
    string ResponsibleName,
    string ResponsibleMobile,
    int StaffCount,
    int OutOfProvinceStaff)
{
    /// <summary>防疫物资生产类: fast track, shorter deadlines, first in every list.</summary>
    public bool GreenChannel => Category.UsesGreenChannel();

    /// <summary>Summarizes a filing that <see cref="FilingValidator.Validate"/> found valid.</summary>
    /// <exception cref="ArgumentException">The filing has errors.</exception>
    public static FilingSummary From(string filingId, Filing filing, DistrictPolicy policy)
    {
        var (normalized, errors) = FilingValidator.Check(filing, policy);
        if (errors.Count > 0)
            throw new ArgumentException($"The filing has {errors.Count} errors, first at {errors[0].Path}.", nameof(filing));
        if (string.IsNullOrWhiteSpace(filingId)) throw new ArgumentException("A filing id is required.", nameof(filingId));
        filing = normalized;
        var b = filing.Business;
        BusinessCategories.TryParse(b.Category, out var category);
        BusinessScales.TryParse(b.Scale, out var scale);
        MobileNumber.TryNormalize(filing.Responsible.Mobile, out var mobile);
        var staff = ReturningStaff.From(filing, policy);
        return new FilingSummary(filingId, b.Name.Trim(), Filings.CreditCode.Normalize(b.CreditCode), b.Address.Trim(), b.Street.Trim(),
            b.Sector.Trim(), category, scale, filing.Responsible.Name.Trim(), mobile,
            staff.Count, staff.Count(s => s.OutOfProvince));
    }

    /// <summary>
    /// The paths of the fields that decide the route and differ from <paramref name="before"/>; an amendment may change none
    /// of them (the approvers already chosen would not be the right ones).
    /// </summary>
    public IReadOnlyList<string> ChangedRouteFields(FilingSummary before)
    {
        var changed = new List<string>();
        if (StreetCode != before.StreetCode) changed.Add("business.street");
        if (SectorCode != before.SectorCode) changed.Add("business.sector");
        if (Category != before.Category) changed.Add("business.category");
        if (Scale != before.Scale) changed.Add("business.scale");
        if (CreditCode != before.CreditCode) changed.Add("business.creditCode");
        return changed;
    }
}
