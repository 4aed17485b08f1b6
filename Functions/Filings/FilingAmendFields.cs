using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Filings;

/// <summary>The inputs of the amend form, each with its label and, below it, what is wrong with it.</summary>
internal sealed class FilingAmendFields(Texts t, FilingAmendForm form, ILookup<string, string> errors)
{
    private const string ErrorStyle = "color:#b3261e;font-weight:600;margin:.25rem 0";

    public Html Text(string path, int maxLength, string inputMode = "text", string type = "text") => Html.Of($"""
        <label for="{path}">{Label(path)}</label>
        <input id="{path}" name="{path}" type="{type}" inputmode="{inputMode}" maxlength="{maxLength}" value="{form[path]}"{Invalid(path)}>
        {Errors(path)}
        """);

    // The newline after <textarea> is dropped by the parser, so a text that starts with one keeps it.
    public Html TextArea(string path, int maxLength, int rows = 6) => Html.Of($"""
        <label for="{path}">{Label(path)}</label>
        <textarea id="{path}" name="{path}" rows="{rows}" maxlength="{maxLength}"{Invalid(path)}>
        {form[path]}</textarea>
        {Errors(path)}
        """);

    public Html Checkbox(string path)
    {
        var check = form.IsChecked(path) ? Html.Of($" checked") : Html.Empty;
        return Html.Of($"""
            <p class="check"><input type="checkbox" id="{path}" name="{path}" value="on" style="width:auto"{check}{Invalid(path)}> <label for="{path}" style="display:inline">{Label(path)}</label></p>
            {Errors(path)}
            """);
    }

    /// <summary>The error summary on top: every problem, each linking to its input when there is one.</summary>
    public static Html Summary(Texts t, IReadOnlyList<(string Path, string Message)> errors) => errors.Count == 0 ? Html.Empty : Html.Of($"""
        <div class="card error" role="alert" data-errors="{errors.Count}">
        <p>{t.Count("filing.amend.errors", errors.Count)}</p>
        <ul>{errors.Select(e => Html.Of($"<li data-field=\"{e.Path}\"><a href=\"#{e.Path}\">{e.Message}</a></li>"))}</ul>
        </div>
        """);

    private string Label(string path) => t["filing.amend." + path];

    private Html Invalid(string path) => errors.Contains(path) ? Html.Of($" aria-invalid=\"true\" aria-describedby=\"{path}-error\"") : Html.Empty;

    private Html Errors(string path) => errors.Contains(path)
        ? Html.Of($"<p id=\"{path}-error\" class=\"field-error\" data-field=\"{path}\" style=\"{ErrorStyle}\">{string.Join(" ", errors[path])}</p>")
        : Html.Empty;
}
