using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>The rectification's SMS (Chinese; {0} items, {1} deadline, {2} permit, {3} status page), documents and status-page card.</summary>
internal sealed class RectificationTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["rectification.sms.Notice"] = ("经检查，您的企业有{0}项问题须于{1}前整改到位，整改后请凭查询码在状态页报告整改情况：{3}",
            "An inspection found {0} problem(s) to put right by {1}. Then report what you fixed on your status page with your access code: {3}"),
        ["rectification.sms.Reminder"] = ("提示：您的企业{0}项问题的整改期限为{1}，请按期整改并在状态页报告：{3}",
            "Reminder: {0} problem(s) must be put right by {1}. Report it on your status page: {3}"),
        ["rectification.sms.SupervisionOrder"] = ("您的企业未在期限内报告整改，已向街道下达督办单，请于{1}前整改并报告：{3}",
            "You did not report the fix in time; the street office has a supervision order. Put it right and report by {1}: {3}"),
        ["rectification.sms.Closure"] = ("经检查，您的企业不符合防控要求，已责令停业，复工许可{2}暂停；整改后请在状态页报告，复查合格方可恢复：{3}",
            "Your business does not meet the prevention rules and must close; permit {2} is suspended. Report your fix on your status page; it reopens after a passed re-inspection: {3}"),
        ["rectification.sms.Passed"] = ("您的企业整改复查合格，整改通知已结案，复工许可{2}有效：{3}",
            "Your re-inspection passed: the notice is closed and permit {2} is valid: {3}"),
        ["rectification.sms.Failed"] = ("您的企业整改复查不合格，有{0}项问题须于{1}前重新整改并报告：{3}",
            "Your re-inspection failed: {0} problem(s) must be put right again by {1}, then reported: {3}"),
        ["rectification.sms.Revoked"] = ("您的企业两次整改复查不合格，复工许可{2}已吊销，如需复工请重新备案：{3}",
            "Your business failed two re-inspections: permit {2} is revoked. File again to reopen: {3}"),

        ["rectification.document.Problem"] = ("问题单（整改通知书）", "Problem sheet (rectification notice)"),
        ["rectification.document.Reminder"] = ("提示单", "Reminder sheet"),
        ["rectification.document.SupervisionOrder"] = ("督办单", "Supervision order"),
        ["rectification.document.Feedback"] = ("反馈单", "Feedback sheet"),
        ["rectification.document.number"] = ("编号", "No."),
        ["rectification.document.business"] = ("被检查单位", "Business"),
        ["rectification.document.address"] = ("地址", "Address"),
        ["rectification.document.permit"] = ("复工许可", "Permit"),
        ["rectification.document.issuedAt"] = ("签发时间", "Issued"),
        ["rectification.document.deadline"] = ("整改期限", "Deadline"),
        ["rectification.document.items"] = ("存在问题", "Problems found"),
        ["rectification.document.body.Problem"] = ("经检查，你单位存在以下问题，请于整改期限前整改到位，并通过复工备案状态页报告整改情况，逾期未报告的将下达督办单。",
            "An inspection found the problems below. Put them right by the deadline and report it on your filing's status page; without a report a supervision order follows."),
        ["rectification.document.body.Reminder"] = ("你单位以下问题的整改期限将至，请抓紧整改并报告。", "The deadline for the problems below is near: put them right and report it."),
        ["rectification.document.body.SupervisionOrder"] = ("该单位未在期限内报告整改，现予督办。请街道督促其于督办期限前整改到位，逾期将责令停业。",
            "The business did not report its fix in time. The street office is to see it put right by this order's deadline; after that it is closed."),
        ["rectification.document.body.Feedback"] = ("经复查，你单位问题已整改到位，本次整改结案。", "The re-inspection found the problems put right; this notice is closed."),
        ["rectification.document.issuer"] = ("{0}复工复产工作领导小组", "{0} reopening leading group"),
        ["rectification.document.print"] = ("打印", "Print"),

        ["rectification.card.heading"] = ("整改通知", "Rectification notice"),
        ["rectification.card.inspections"] = ("复工后检查记录", "Inspections since reopening"),
        ["rectification.card.kind"] = ("检查类型", "Kind"),
        ["rectification.card.outcome"] = ("检查结果", "Outcome"),
        ["rectification.card.status"] = ("整改状态", "Status"),
        ["rectification.status.Open"] = ("待整改", "To be put right"),
        ["rectification.status.Overdue"] = ("逾期未报告，已督办", "Overdue: supervision order issued"),
        ["rectification.status.Reinspecting"] = ("已报告整改，待复查", "Fix reported, re-inspection due"),
        ["rectification.status.Closed"] = ("复查合格，已结案", "Re-inspection passed, closed"),
        ["rectification.status.Revoked"] = ("两次复查不合格，许可已吊销", "Failed twice: permit revoked"),
        ["rectification.status.New"] = ("正在开具", "Being issued"),
        ["rectification.card.suspended"] = ("复工许可已暂停，复查合格后恢复。", "The permit is suspended until a re-inspection passes."),
        ["rectification.card.report"] = ("整改情况报告", "Report what you fixed"),
        ["rectification.card.reportHint"] = ("请写明针对每项问题采取的整改措施，提交后街道将安排复查。", "Say what you did about each problem; the street office then re-inspects."),
        ["rectification.card.submit"] = ("提交整改报告", "Submit the report"),
        ["rectification.card.reported"] = ("已报告：{0}", "Reported: {0}"),
        ["rectification.card.documents"] = ("文书", "Documents"),
        ["rectification.page.reportSent"] = ("整改报告已提交，街道将安排复查。", "Your report is in; the street office will re-inspect."),
        ["rectification.page.reportRefused"] = ("当前没有待报告的整改，未提交。", "No fix report is awaited now; nothing was sent."),
        ["rectification.page.reportEmpty"] = ("请先填写整改情况再提交（不超过一千字）。", "Say what you fixed before submitting (at most 1,000 characters)."),
        ["rectification.page.reportPending"] = ("整改报告已收到，正在处理，请稍后刷新。", "Your report is in and being processed; refresh in a moment."),

        ["rectification.order.subject"] = ("【督办单】{0}：{1}", "[Supervision order] {0}: {1}"),
        ["rectification.order.greeting"] = ("{0}（{1}）：您好！", "Dear {0} ({1}),"),
    };
}
