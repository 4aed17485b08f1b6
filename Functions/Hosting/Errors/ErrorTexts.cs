using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Hosting.Errors;

internal sealed class ErrorTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["error.badRequest"] = ("提交的内容无法读取，请返回上一页重新提交。", "What was sent could not be read. Go back and submit again."),
        ["error.busy"] = ("该备案正在被同时处理，请稍后重试。", "This filing is being changed by someone else at this moment. Please try again shortly."),
        ["error.unexpected"] = ("系统出现意外错误，请稍后重试；问题持续时请联系街道办事处。", "Something went wrong on our side. Please try again later; if it persists, contact the street office."),
    };
}
