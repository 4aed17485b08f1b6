using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Filings;

/// <summary>Checks a filing whole and names every failing field, so the business can fix everything in one go.</summary>
public static class FilingValidator
{
    /// <summary>
    /// The one way in for every submission and amendment: the filing normalized (<see cref="FilingNormalizer"/>) and checked
    /// as normalized. Store <see cref="FilingCheck.Filing"/>, not what was sent.
    /// </summary>
    public static FilingCheck Check(Filing? filing, DistrictPolicy policy)
    {
        if (filing is null) return new(new Filing(), [new FieldError("", "备案内容为空", "The filing is empty")]);
        var normalized = FilingNormalizer.Normalize(filing);
        return new(normalized, Errors(normalized, policy));
    }

    /// <returns>Empty when the filing may be submitted.</returns>
    public static IReadOnlyList<FieldError> Validate(Filing? filing, DistrictPolicy policy) => Check(filing, policy).Errors;

    private static IReadOnlyList<FieldError> Errors(Filing filing, DistrictPolicy policy)
    {
        var errors = new FieldErrorList();
        var business = filing.Business ?? new();
        CheckBusiness(business, policy, errors);
        CheckResponsible(filing.Responsible ?? new(), errors);
        errors.Text(filing.PreventionPlan, "preventionPlan", "防控工作方案", "The prevention plan", FilingLimits.PlanLength);
        errors.Text(filing.EmergencyPlan, "emergencyPlan", "应急预案", "The emergency plan", FilingLimits.PlanLength);
        CheckFiveInPlace(filing.FiveInPlace ?? new(), errors);
        CheckSupplies(filing.Supplies ?? new(), errors);
        if (!(filing.Routine ?? new()).TemperatureCheck)
            errors.Add("routine.temperatureCheck", "须在入口为进出人员测温", "Temperatures must be checked at the entrance");
        if (BusinessCategories.TryParse(business.Category, out var category))
            CategoryRequirements.Check(category, filing, errors);
        RosterValidator.Check(filing.Roster, errors);
        return errors.Errors;
    }

    private static void CheckBusiness(BusinessDetails b, DistrictPolicy policy, FieldErrorList errors)
    {
        errors.Name(b.Name, "business.name", "企业名称", "The business name", FilingLimits.BusinessNameLength);
        errors.Add("business.creditCode", CreditCode.Problem(b.CreditCode));
        errors.Name(b.Address, "business.address", "经营地址", "The address", FilingLimits.AddressLength);
        if (string.IsNullOrWhiteSpace(b.Street)) errors.Add("business.street", "请选择所属街道", "Choose the street");
        else if (policy.FindStreet(b.Street.Trim()) is null)
            errors.Add("business.street", $"街道“{b.Street}”不在本区", $"Street '{b.Street}' is not in this district");
        if (string.IsNullOrWhiteSpace(b.Sector)) errors.Add("business.sector", "请选择所属行业", "Choose the sector");
        else if (policy.FindSector(b.Sector.Trim()) is null)
            errors.Add("business.sector", $"行业“{b.Sector}”不在本区行业目录中", $"Sector '{b.Sector}' is not in the district's list");
        if (!BusinessCategories.TryParse(b.Category, out _))
            errors.Add("business.category", "请选择企业类别", $"Choose a category: {EnumNames.List<BusinessCategory>()}");
        if (!BusinessScales.TryParse(b.Scale, out _))
            errors.Add("business.scale", "请选择企业规模(规上、规下或个体户)", $"Choose a scale: {EnumNames.List<BusinessScale>()}");
    }

    private static void CheckResponsible(ResponsiblePerson r, FieldErrorList errors)
    {
        errors.Name(r.Name, "responsible.name", "负责人姓名", "The responsible person's name", FilingLimits.PersonNameLength);
        errors.Add("responsible.mobile", MobileNumber.Problem(r.Mobile));
    }

    // 不符合开复工条件的,一律不准开工: a checklist item not in place is refused at filing, not after a review.
    private static void CheckFiveInPlace(FiveInPlace f, FieldErrorList errors)
    {
        errors.MustBeTrue(f.ResponsibilityAssigned, "fiveInPlace.responsibilityAssigned", "主体责任须落实到位", "Responsibility must be assigned");
        errors.MustBeTrue(f.PlanWritten, "fiveInPlace.planWritten", "防控方案须制定到位", "The prevention plan must be written");
        errors.MustBeTrue(f.StaffInformationCollected, "fiveInPlace.staffInformationCollected", "员工信息须摸排到位", "Staff information must be collected");
        errors.MustBeTrue(f.SuppliesReady, "fiveInPlace.suppliesReady", "防控物资须准备到位", "Prevention supplies must be ready");
        errors.MustBeTrue(f.WorkSafetyAssured, "fiveInPlace.workSafetyAssured", "安全生产须保障到位", "Work safety must be assured");
    }

    private static void CheckSupplies(PreventionSupplies s, FieldErrorList errors)
    {
        errors.Range(s.Masks, "supplies.masks", "口罩数量", "Masks", 1, FilingLimits.MaxMasks);
        if (s.DisinfectantLitres <= 0 || s.DisinfectantLitres > FilingLimits.MaxDisinfectantLitres)
            errors.Add("supplies.disinfectantLitres", $"消毒液(升)应大于0且不超过{FilingLimits.MaxDisinfectantLitres}",
                $"Disinfectant (litres) must be more than 0 and at most {FilingLimits.MaxDisinfectantLitres}");
        errors.Range(s.Thermometers, "supplies.thermometers", "体温计数量", "Thermometers", 1, FilingLimits.MaxThermometers);
        errors.Text(s.Other, "supplies.other", "其他物资说明", "Other supplies", FilingLimits.NoteLength, required: false);
    }
}
