using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Supervision;

/// <summary>One thing an inspector checks; <paramref name="Code"/> is stable ("five.plan"), so a recorded answer keeps its meaning.</summary>
public sealed record ChecklistItem(string Code, LocalizedText Text);

/// <summary>A titled group of items: the five in place, the eight prohibitions, a venue's reopening conditions.</summary>
public sealed record ChecklistSection(string Code, LocalizedText Title, IReadOnlyList<ChecklistItem> Items);

/// <summary>What an inspection checks, by category, as the districts' articles list it.</summary>
public static class Checklists
{
    /// <summary>五到位: every reopened firm.</summary>
    public static readonly ChecklistSection FiveInPlace = new("five", new("五到位", "The five in place"),
    [
        new("five.responsibility", new("防控责任落实到位", "Prevention responsibility assigned")),
        new("five.plan", new("防控方案和应急预案制定到位", "Prevention and emergency plans written")),
        new("five.staff", new("员工排查和健康管理到位", "Staff screened and their health tracked")),
        new("five.supplies", new("防控物资储备到位", "Prevention supplies in stock")),
        new("five.workSafety", new("安全生产保障到位", "Work safety assured")),
    ]);

    /// <summary>八个不得: the five small units (五小单位).</summary>
    public static readonly ChecklistSection EightProhibitions = new("eight", new("八个不得", "The eight prohibitions"),
    [
        new("eight.unapprovedOpening", new("未经现场审核不得擅自营业", "No opening before the on-site check")),
        new("eight.dineIn", new("小餐馆不得聚餐、堂食", "No gatherings or dine-in meals at small restaurants")),
        new("eight.unfitStaff", new("雇主、营业员未达到健康管理要求不得上岗", "No employer or staff at work who miss the health requirements")),
        new("eight.entryCheck", new("未落实测温查码不得接待顾客", "No customers without temperature and health-code checks at the door")),
        new("eight.flowLimit", new("不得超过限流人数接待顾客", "No more customers inside than the flow limit")),
        new("eight.masks", new("从业人员未佩戴口罩不得上岗", "No staff at work without a mask")),
        new("eight.disinfection", new("未落实每日消毒通风不得营业", "No trading without daily disinfection and ventilation")),
        new("eight.register", new("未建立员工健康台账和顾客登记不得营业", "No trading without a staff health register and a customer log")),
    ]);

    /// <summary>复工条件事项要点: large malls (大型商超).</summary>
    public static readonly ChecklistSection MallConditions = new("venue", new("大型商超复工条件", "Reopening conditions for large malls"), VenueItems([]));

    /// <summary>复工条件事项要点: farmers' markets (农贸市场), with the live-animal ban.</summary>
    public static readonly ChecklistSection MarketConditions = new("venue", new("农贸市场复工条件", "Reopening conditions for farmers' markets"),
        VenueItems([new("venue.liveAnimals", new("禁止活禽交易和野生动物销售", "No live poultry trade and no wild animals for sale"))]));

    public static IReadOnlyList<ChecklistSection> For(BusinessCategory category) => category switch
    {
        _ when category.IsFiveSmallUnit() => [FiveInPlace, EightProhibitions],
        BusinessCategory.LargeMall => [FiveInPlace, MallConditions],
        BusinessCategory.FarmersMarket => [FiveInPlace, MarketConditions],
        _ => [FiveInPlace],
    };

    /// <summary>An item by its code, for answers read back later; null for a code no checklist has (any more).</summary>
    public static ChecklistItem? Find(string code) =>
        new[] { FiveInPlace, EightProhibitions, MallConditions, MarketConditions }.SelectMany(s => s.Items).FirstOrDefault(i => i.Code == code);

    private static IReadOnlyList<ChecklistItem> VenueItems(IReadOnlyList<ChecklistItem> extra) =>
    [
        new("venue.entrances", new("各出入口测温查码、限流措施落实", "Temperature, health-code and flow control at every entrance")),
        new("venue.disinfection", new("经营场所定时消杀并有记录", "The premises disinfected on schedule, with a log")),
        new("venue.ventilation", new("通风设施正常运行", "Ventilation working")),
        new("venue.distance", new("收银台、排队处设置一米线", "One-metre lines at tills and queues")),
        new("venue.isolation", new("设置临时隔离观察点", "A temporary isolation point set up")),
        new("venue.emergency", new("应急处置预案和处置人员落实", "Emergency plan and responders in place")),
        .. extra,
    ];
}
