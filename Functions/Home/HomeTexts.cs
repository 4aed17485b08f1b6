using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Home;

/// <summary>Strings of the home page and its two lookups.</summary>
internal sealed class HomeTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["home.title"] = ("{0}复工复产备案", "{0} business reopening filings"),
        ["home.intro"] = ("企业和个体工商户复工复产前在线提交备案，无需到现场办理。备案由所在街道（园区）审核，规上企业还须经行业主管部门和区复工复产领导小组审批；审批通过后，企业收到短信通知和复工许可，并将许可公示牌张贴在经营场所。",
            "Businesses and sole traders file online before they reopen, with no office visit. The street (or park) office reviews each filing; firms above scale are also approved by their competent department and the district's reopening leading group. Once approved, the business gets an SMS and a reopening permit, and posts the permit placard at its premises."),
        ["home.filing.heading"] = ("查询备案进度", "Check a filing's progress"),
        ["home.filing.hint"] = ("提交备案时会获得备案编号和8位访问码，凭此可查看办理到哪一环节、由谁办理、办理时限和审批意见。",
            "When you file you receive a filing number and an 8-character access code: with them you can see which step your filing is at, who holds it, the deadline and the decisions."),
        ["home.filing.id"] = ("备案编号", "Filing number"),
        ["home.filing.submit"] = ("查询进度", "Show progress"),
        ["home.filing.malformedId"] = ("备案编号格式不正确，请核对后重试（例如 F260301K7QD2MZX4A）。", "That is not a filing number. Check it and try again (e.g. F260301K7QD2MZX4A)."),
        ["home.permit.heading"] = ("核验复工许可", "Verify a reopening permit"),
        ["home.permit.hint"] = ("输入经营场所公示牌上的许可编号，查看该许可当前是否有效。", "Enter the permit number shown on the placard at the premises to see whether the permit is currently valid."),
        ["home.permit.number"] = ("许可编号", "Permit number"),
        ["home.permit.example"] = ("例如 复工〔2026〕QH-7K3M9TQX，或只输入 QH-7K3M9TQX", "e.g. 复工〔2026〕QH-7K3M9TQX, or just QH-7K3M9TQX"),
        ["home.permit.submit"] = ("核验", "Verify"),
        ["home.permit.malformed"] = ("许可编号格式不正确，请核对公示牌上的编号后重试。", "That is not a permit number. Check the number on the placard and try again."),
        ["home.integrators.heading"] = ("系统对接", "For integrators"),
        ["home.integrators.text"] = ("政务服务平台等系统可通过接口提交备案、查询进度：", "Other systems (e.g. the government service platform) file and follow filings through the API:"),
        ["home.integrators.link"] = ("接口文档（OpenAPI）", "API document (OpenAPI)"),
    };
}
