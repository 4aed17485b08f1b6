namespace Reopen.Orchestrations.Filings;

/// <summary>The kinds of business the articles treat differently; the category changes the route and the checks.</summary>
public enum BusinessCategory
{
    /// <summary>一般企业.</summary>
    General,
    /// <summary>防疫物资生产类: green channel.</summary>
    EpidemicSupplies,
    /// <summary>民生保障类 (food, heat, power, gas): daily check and daily disinfection.</summary>
    Livelihood,
    /// <summary>重点骨干类.</summary>
    KeyBackbone,
    /// <summary>商务楼宇类: street, community, property manager and firm work together.</summary>
    OfficeTenant,
    /// <summary>五小单位: 小餐馆.</summary>
    SmallRestaurant,
    /// <summary>五小单位: 小食品店.</summary>
    FoodShop,
    /// <summary>五小单位: 小超市.</summary>
    SmallSupermarket,
    /// <summary>五小单位: 小理发店.</summary>
    Barber,
    /// <summary>五小单位: 小药店.</summary>
    Pharmacy,
    /// <summary>大型商超.</summary>
    LargeMall,
    /// <summary>农贸市场.</summary>
    FarmersMarket,
    /// <summary>娱乐场所: stays closed, never approved.</summary>
    Entertainment,
}

public static class BusinessCategories
{
    /// <summary>The "five small units" (五小单位): no opening before an on-site check.</summary>
    public static bool IsFiveSmallUnit(this BusinessCategory category) => category is
        BusinessCategory.SmallRestaurant or BusinessCategory.FoodShop or BusinessCategory.SmallSupermarket
        or BusinessCategory.Barber or BusinessCategory.Pharmacy;

    /// <summary>Places open to customers: they check temperature and health code at the door and limit the flow.</summary>
    public static bool ServesWalkInCustomers(this BusinessCategory category) =>
        category.IsFiveSmallUnit() || category is BusinessCategory.LargeMall or BusinessCategory.FarmersMarket;

    /// <summary>Epidemic-supplies producers get the green channel (特事特办).</summary>
    public static bool UsesGreenChannel(this BusinessCategory category) => category == BusinessCategory.EpidemicSupplies;

    /// <summary>Exactly one category name as documented, e.g. "SmallRestaurant".</summary>
    public static bool TryParse(string? text, out BusinessCategory category) => EnumNames.TryParse(text, out category);

    public static string Chinese(this BusinessCategory category) => category switch
    {
        BusinessCategory.General => "一般企业",
        BusinessCategory.EpidemicSupplies => "防疫物资生产企业",
        BusinessCategory.Livelihood => "民生保障企业",
        BusinessCategory.KeyBackbone => "重点骨干企业",
        BusinessCategory.OfficeTenant => "商务楼宇企业",
        BusinessCategory.SmallRestaurant => "小餐馆",
        BusinessCategory.FoodShop => "小食品店",
        BusinessCategory.SmallSupermarket => "小超市",
        BusinessCategory.Barber => "小理发店",
        BusinessCategory.Pharmacy => "小药店",
        BusinessCategory.LargeMall => "大型商超",
        BusinessCategory.FarmersMarket => "农贸市场",
        BusinessCategory.Entertainment => "娱乐场所",
        _ => category.ToString(),
    };
}
