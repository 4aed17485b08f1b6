namespace Reopen.Orchestrations.Filings;

// What the articles ask of each category beyond what every firm must show.
internal static class CategoryRequirements
{
    public static void Check(BusinessCategory category, Filing filing, FieldErrorList errors)
    {
        var routine = filing.Routine ?? new();
        if (category == BusinessCategory.Entertainment)
            errors.Add("business.category", "娱乐场所暂不开业,不予备案", "Entertainment venues stay closed and cannot file to reopen");

        if (category.ServesWalkInCustomers())
        {
            errors.MustBeTrue(routine.HealthCodeCheck, "routine.healthCodeCheck", "面向顾客的场所须在入口查验健康码",
                "Places open to customers must check health codes at the entrance");
            if (routine.MaxCustomersAtOnce is not (>= 1 and <= FilingLimits.MaxCustomersAtOnce))
                errors.Add("routine.maxCustomersAtOnce", "面向顾客的场所须填写限流人数(同时在场最多顾客数)",
                    "Places open to customers must set a flow limit (most customers inside at once)");
        }

        if (category == BusinessCategory.SmallRestaurant)
            errors.MustBeTrue(routine.DineInSuspended, "routine.dineInSuspended", "小餐馆不得聚餐、堂食", "Small restaurants may not serve dine-in meals or gatherings");

        if (category == BusinessCategory.Livelihood)
        {
            errors.MustBeTrue(routine.DailyCheck, "routine.dailyCheck", "民生保障企业须执行日检查制度", "Livelihood suppliers must check daily");
            errors.MustBeTrue(routine.DailyDisinfection, "routine.dailyDisinfection", "民生保障企业须执行日消毒制度", "Livelihood suppliers must disinfect daily");
        }

        if (category == BusinessCategory.EpidemicSupplies)
            errors.Text(filing.ProductionQualification, "productionQualification", "生产资质说明", "The production qualification statement",
                FilingLimits.QualificationLength);
        else
            errors.Text(filing.ProductionQualification, "productionQualification", "生产资质说明", "The production qualification statement",
                FilingLimits.QualificationLength, required: false);

        // Only office-building tenants must name their building; whoever gives one is held to what names may hold.
        var tenant = category == BusinessCategory.OfficeTenant;
        if (tenant || filing.Building is not null)
        {
            var building = filing.Building ?? new();
            errors.Name(building.Name, "building.name", "所在楼宇名称", "The building name", FilingLimits.BusinessNameLength, required: tenant);
            errors.Name(building.PropertyManager, "building.propertyManager", "楼宇物业单位", "The property manager", FilingLimits.BusinessNameLength,
                required: tenant);
        }
    }
}
