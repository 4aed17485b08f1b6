namespace Reopen.Functions.Approvals.Decisions;

/// <summary>Where a decision link points: the token is the whole credential, so the URL carries nothing else.</summary>
public static class DecisionPaths
{
    public static string For(string token) => "/api/decisions/" + token;
}
