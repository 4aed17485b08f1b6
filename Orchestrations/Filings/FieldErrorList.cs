namespace Reopen.Orchestrations.Filings;

// Collects field errors with the same wording for the same kind of problem everywhere.
internal sealed class FieldErrorList
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(string path, string zh, string en) => _errors.Add(new(path, zh, en));

    public void Add(string path, (string Zh, string En)? problem)
    {
        if (problem is { } p) Add(path, p.Zh, p.En);
    }

    /// <summary>Required free text (a plan, a statement) no longer than <paramref name="max"/>; it may have line breaks.</summary>
    public void Text(string? value, string path, string zh, string en, int max, bool required = true)
    {
        if (Sized(value, path, zh, en, max, required)) Add(path, TypedText.CharacterProblem(value, zh, en, multiLine: true));
    }

    /// <summary>A name or address: one line no longer than <paramref name="max"/>, and nothing a client would link.</summary>
    public void Name(string? value, string path, string zh, string en, int max, bool required = true)
    {
        if (!Sized(value, path, zh, en, max, required)) return;
        var problem = TypedText.CharacterProblem(value, zh, en) ?? LinkLikeText.Problem(value, zh, en);
        Add(path, problem);
    }

    // True when there is text within the limit to look at further.
    private bool Sized(string? value, string path, string zh, string en, int max, bool required)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            if (required) Add(path, $"请填写{zh}", $"{en} is required");
            return false;
        }
        if (v.Length > max)
        {
            Add(path, $"{zh}不能超过{max}个字", $"{en} must be at most {max} characters");
            return false;
        }
        return true;
    }

    public void Range(decimal value, string path, string zh, string en, decimal min, decimal max)
    {
        if (value < min || value > max) Add(path, $"{zh}应在{min}到{max}之间", $"{en} must be between {min} and {max}");
    }

    public void MustBeTrue(bool value, string path, string zh, string en)
    {
        if (!value) Add(path, zh, en);
    }
}
