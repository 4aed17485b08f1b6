namespace Reopen.Orchestrations.Policy;

/// <summary>A policy file has problems; <see cref="Errors"/> lists every one as "path: problem".</summary>
public sealed class PolicyValidationException(IReadOnlyList<string> errors)
    : Exception("The district policy is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
