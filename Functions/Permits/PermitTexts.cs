using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Permits;

internal sealed class PermitTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["permit.verify.title"] = ("复工许可核验", "Reopening permit check"),
        ["permit.verify.intro"] = ("本页面由{0}复工复产备案系统实时显示许可状态。", "This page shows the live status of the permit, from the {0} reopening register."),
        ["permit.status.Valid"] = ("有效", "Valid"),
        ["permit.status.Suspended"] = ("已暂停", "Suspended"),
        ["permit.status.Revoked"] = ("已撤销", "Revoked"),
        ["permit.status.Valid.note"] = ("该单位已获准复工。", "This business may reopen."),
        ["permit.status.Suspended.note"] = ("该许可已暂停，单位须停业整改，待复查合格后恢复。", "The permit is suspended: the business must close until a re-inspection passes."),
        ["permit.status.Revoked.note"] = ("该许可已撤销，单位不得营业。", "The permit is revoked: the business may not open."),
        ["permit.status"] = ("许可状态", "Status"),
        ["permit.number"] = ("许可编号", "Permit number"),
        ["permit.business"] = ("单位名称", "Business"),
        ["permit.creditCode"] = ("统一社会信用代码", "Unified social credit code"),
        ["permit.address"] = ("经营地址", "Address"),
        ["permit.street"] = ("所属街道", "Street"),
        ["permit.category"] = ("单位类别", "Category"),
        ["permit.issuedAt"] = ("发证日期", "Issued"),
        ["permit.checkedAt"] = ("核验时间：{0}", "Checked at {0}"),
        ["permit.placard.link"] = ("打印公示牌", "Print the placard"),
        ["permit.notFound.title"] = ("未查到该许可", "No such permit"),
        ["permit.notFound.message"] = ("未查到编号为 {0} 的复工许可。请核对公示牌上的许可编号，或向所属街道核实。", "No reopening permit {0} was found. Check the number on the placard, or ask the street office."),
        ["permit.placard.title"] = ("生产经营单位准许复工公示牌", "Reopening permit placard"),
        ["permit.placard.scan"] = ("扫码核验许可状态", "Scan to check the permit's status"),
        ["permit.placard.statement"] = ("经审核，该单位已落实疫情防控各项措施，准予复工复产。请自觉接受监督检查。", "Reviewed: this business has the prevention measures in place and may reopen. It remains subject to inspection."),
        ["permit.placard.notValid"] = ("注意：该许可当前状态为“{0}”，本公示牌无效。", "Note: this permit is currently {0}; the placard is not valid."),
        ["permit.placard.printHint"] = ("使用浏览器的“打印”功能，选择 A4 纸张打印后张贴在经营场所醒目位置。", "Print on A4 with your browser's Print command and post it where customers can see it."),
    };
}
