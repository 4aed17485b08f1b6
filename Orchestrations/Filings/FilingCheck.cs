namespace Reopen.Orchestrations.Filings;

/// <summary>A filing as it is to be stored (its typed text normalized) and every field that keeps it from being filed.</summary>
public sealed record FilingCheck(Filing Filing, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
