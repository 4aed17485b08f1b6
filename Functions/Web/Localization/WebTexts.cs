namespace Reopen.Functions.Web.Localization;

/// <summary>Strings of the page layout and the shared error pages.</summary>
internal sealed class WebTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["web.product"] = ("复工复产备案 / Reopen", "复工复产备案 / Reopen"),
        ["web.switchLanguage"] = ("English", "中文"),
        ["web.switchLanguage.title"] = ("切换到英文", "Switch to Chinese"),
        ["web.error.details"] = ("详细信息", "Details"),
        ["web.error.400.title"] = ("请求有误", "Bad request"),
        ["web.error.403.title"] = ("无权访问", "Not allowed"),
        ["web.error.404.title"] = ("页面不存在", "Page not found"),
        ["web.error.409.title"] = ("操作冲突", "Conflict"),
        ["web.error.410.title"] = ("链接已失效", "Link no longer valid"),
        ["web.error.500.title"] = ("系统出错", "Something went wrong"),
        ["web.error.500.message"] = ("系统暂时无法处理您的请求，请稍后再试。", "We could not handle your request. Please try again later."),
    };
}
