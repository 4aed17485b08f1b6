using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Approvals;

/// <summary>Names shared by the approval emails and pages: steps, verdicts, categories, scales, statuses.</summary>
internal sealed class ApprovalTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["approval.step.OnSiteCheck"] = ("现场检查", "On-site check"),
        ["approval.step.StreetReview"] = ("街道（园区）审核", "Street office review"),
        ["approval.step.StreetCoSign"] = ("街道会签（党工委书记、办事处主任）", "Street co-signing (party secretary and director)"),
        ["approval.step.DepartmentReview"] = ("行业主管部门审核", "Competent department review"),
        ["approval.step.LeadingGroupReview"] = ("领导小组审批", "Leading group sign-off"),

        ["approval.verdict.Approve"] = ("同意", "Approved"),
        ["approval.verdict.Reject"] = ("不予通过", "Rejected"),
        ["approval.verdict.Return"] = ("退回修改", "Returned for amendment"),
        ["approval.verdict.OnSiteCheck.Approve"] = ("现场检查合格", "Passed the on-site check"),
        ["approval.verdict.OnSiteCheck.Reject"] = ("不予通过", "Rejected"),
        ["approval.verdict.OnSiteCheck.Return"] = ("退回整改", "Returned for rectification"),

        ["approval.status.New"] = ("未提交", "Not submitted"),
        ["approval.status.Pending"] = ("审批中", "Under review"),
        ["approval.status.Returned"] = ("已退回修改", "Returned for amendment"),
        ["approval.status.Approved"] = ("已批准复工", "Approved"),
        ["approval.status.Rejected"] = ("未通过", "Rejected"),
        ["approval.status.Withdrawn"] = ("已撤回", "Withdrawn"),

        ["approval.scale.AboveScale"] = ("规上企业", "Above-scale enterprise"),
        ["approval.scale.BelowScale"] = ("规下企业", "Below-scale enterprise"),
        ["approval.scale.SoleTrader"] = ("个体户", "Sole trader"),

        ["approval.category.General"] = ("一般企业", "General business"),
        ["approval.category.EpidemicSupplies"] = ("防疫物资生产企业", "Epidemic-supplies producer"),
        ["approval.category.Livelihood"] = ("民生保障企业", "Livelihood supplier"),
        ["approval.category.KeyBackbone"] = ("重点骨干企业", "Key backbone enterprise"),
        ["approval.category.OfficeTenant"] = ("商务楼宇企业", "Office-building tenant"),
        ["approval.category.SmallRestaurant"] = ("小餐馆", "Small restaurant"),
        ["approval.category.FoodShop"] = ("小食品店", "Food shop"),
        ["approval.category.SmallSupermarket"] = ("小超市", "Small supermarket"),
        ["approval.category.Barber"] = ("小理发店", "Barber"),
        ["approval.category.Pharmacy"] = ("小药店", "Pharmacy"),
        ["approval.category.LargeMall"] = ("大型商超", "Large mall"),
        ["approval.category.FarmersMarket"] = ("农贸市场", "Farmers' market"),
        ["approval.category.Entertainment"] = ("娱乐场所", "Entertainment venue"),

        ["approval.person"] = ("{0}（{1}）", "{0} ({1})"),
        ["approval.labelled"] = ("{0}：{1}", "{0}: {1}"),
        ["approval.listSeparator"] = ("、", ", "),
        ["approval.colon"] = ("：", ": "),
        ["approval.clauseSeparator"] = ("；", "; "),
        ["approval.people.one"] = ("{0} 人", "{0} person"),
        ["approval.people.other"] = ("{0} 人", "{0} people"),
        ["approval.beijingTime"] = ("{0}（北京时间）", "{0} (Beijing time)"),
        ["approval.greenChannel"] = ("绿色通道", "Green channel"),
    };
}
