using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Hosting.Errors;

internal sealed class ErrorTexts : ITextSet
{
    public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
    {
        ["error.badRequest"] = ("提交的内容无法读取，请返回上一页重新提交。", "What was sent could not be read. Go back and submit again."),
        ["error.pending"] = ("已收到，正在处理，无需重新提交；稍后查看备案状态即可。", "Received and still being processed; there is no need to send it again. Check the filing's status shortly."),
        ["error.unexpected"] = ("系统出现意外错误，请稍后重试；问题持续时请联系街道办事处。", "Something went wrong on our side. Please try again later; if it persists, contact the street office."),
    };
}
