namespace Reopen.Orchestrations.Filings;

/// <summary>One failing field of a filing, with a path such as <c>roster[12].idNumber</c>.</summary>
public sealed record FieldError(string Path, string MessageZh, string MessageEn);
