using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Callbacks;

internal sealed class CallbackTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["callback.email.subject"] = ("{0}【电话回访】{1} 复工备案未通过，请致电企业", "{0}[Call-back] Reopening filing of {1} rejected: please call the business"),
        ["callback.email.greeting"] = ("{0}（{1}）：您好！", "Dear {0} ({1}),"),
        ["callback.email.intro"] = ("以下企业的复工备案未获通过，请致电企业说明原因、指导整改，并在回访后记录沟通情况。", "The reopening filing below was rejected. Please call the business, explain the reason and what to fix, then record the call."),
        ["callback.email.business"] = ("企业名称", "Business"),
        ["callback.email.reason"] = ("不予通过理由", "Reason for rejection"),
        ["callback.email.openedAt"] = ("任务生成时间", "Task opened"),
        ["callback.email.link"] = ("企业联系电话及回访记录表请打开以下链接（仅供本人使用，请勿转发）：", "The business's phone number and the call record form are behind this link (yours alone: do not forward it):"),
        ["callback.email.linkLabel"] = ("回访任务链接", "Call-back task link"),
        ["callback.email.linkExpires"] = ("链接有效期至 {0}。", "The link works until {0}."),

        ["callback.title"] = ("电话回访：{0}", "Call-back: {0}"),
        ["callback.business"] = ("企业名称", "Business"),
        ["callback.contact"] = ("联系人", "Contact"),
        ["callback.mobile"] = ("联系电话", "Phone"),
        ["callback.reason"] = ("不予通过理由", "Reason for rejection"),
        ["callback.rejectedBy"] = ("审批人", "Rejected by"),
        ["callback.openedAt"] = ("任务生成时间", "Task opened"),
        ["callback.assignee"] = ("回访人", "Assigned to"),
        ["callback.form.heading"] = ("回访记录", "Record of the call"),
        ["callback.form.notes"] = ("沟通情况（必填，最多 1000 字）", "What was said (required, at most 1,000 characters)"),
        ["callback.form.submit"] = ("提交回访记录", "Record the call"),
        ["callback.form.errors"] = ("请修改以下问题后再提交：", "Please fix the following and submit again:"),
        ["callback.form.error.notesRequired"] = ("请填写与企业沟通的情况。", "Say what was agreed on the call."),
        ["callback.form.error.notesTooLong"] = ("沟通情况最多 {0} 字（当前 {1} 字）。", "At most {0} characters (it has {1})."),
        ["callback.done.title"] = ("回访已记录", "Call recorded"),
        ["callback.done.message"] = ("{0} 的回访记录已于 {1} 保存，任务已关闭。", "The call-back to {0} was recorded at {1}; the task is closed."),
        ["callback.closed.title"] = ("回访任务已关闭", "Call-back already closed"),
        ["callback.closed.message"] = ("该回访任务已由 {0}（{1}）于 {2} 关闭。", "This call-back was closed by {0} ({1}) at {2}."),
        ["callback.closed.notes"] = ("回访记录：{0}", "Notes: {0}"),
        ["callback.invalid.title"] = ("链接无效", "Invalid link"),
        ["callback.invalid.message"] = ("该回访链接无效，可能在复制时不完整或被改动。请从回访任务邮件中重新打开完整链接。", "This call-back link is not valid: it may have been cut short or altered. Open the full link from the email again."),
        ["callback.expired.title"] = ("链接已过期", "Link expired"),
        ["callback.expired.message"] = ("该回访链接已于 {0} 过期。请联系所属街道办事处获取回访任务。", "This call-back link expired at {0}. Ask the street office for the task."),
        ["callback.pending.message"] = ("回访记录已收到，系统正在登记，无需重新提交；稍后打开此链接即可查看。", "The call-back record was received and is still being saved; there is no need to submit it again. Open this link again shortly to see it."),
    };
}
