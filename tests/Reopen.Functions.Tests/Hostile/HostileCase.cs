namespace Reopen.Functions.Tests.Hostile;

/// <summary>
/// One named hostile case: the request (or the few requests of one client, in order) built from the seeds, and what the
/// app must do besides the rules every case keeps (<see cref="HostileRules"/>).
/// </summary>
public sealed record HostileCase(string Name, Func<HostileSeeds, IReadOnlyList<HostileRequest>> Requests)
{
    /// <summary>The fixed behaviour this case asserts beyond the common rules; throws (an xunit assertion) when it is not met.</summary>
    public Action<IReadOnlyList<HostileAnswer>>? Expect { get; init; }

    /// <summary>
    /// Only the JSON API answers here (the filings API, OpenAPI, or no endpoint at all: an unknown path, a wrong method), so
    /// a browser gets ProblemDetails too, as HealthAndErrorTests pins for unknown routes.
    /// </summary>
    public bool ApiOnly { get; init; }

    /// <summary>
    /// Kestrel refuses the request before any middleware runs (a header block or request line over its limits): it answers
    /// an empty 4xx, which no app code can turn into ProblemDetails.
    /// </summary>
    public bool RefusedByServer { get; init; }

    public static HostileCase Of(string name, Func<HostileSeeds, HostileRequest> request) => new(name, s => [request(s)]);

    public override string ToString() => Name;
}

/// <summary>Expectations for <see cref="HostileCase.Expect"/>, on the last answer of a case.</summary>
public static class Expect
{
    public static Action<IReadOnlyList<HostileAnswer>> Status(params int[] statuses) => answers =>
        Assert.True(statuses.Contains(answers[^1].Status), $"Expected {string.Join(" or ", statuses)}; {answers[^1]}");

    /// <summary>A client's mistake: 400-499.</summary>
    public static Action<IReadOnlyList<HostileAnswer>> Refused() => answers =>
        Assert.True(answers[^1].Status is >= 400 and < 500, $"Expected a refusal (4xx); {answers[^1]}");

    /// <summary>A page (200) that shows the seeded markup, escaped: the escaping check saw something to check.</summary>
    public static Action<IReadOnlyList<HostileAnswer>> ShowsMarkupEscaped() => answers =>
    {
        Status(200)(answers);
        Assert.True(answers[^1].Body.Contains("&lt;script&gt;alert", StringComparison.Ordinal), $"Expected the seeded markup, escaped; {answers[^1]}");
    };

    /// <summary>Refused with <paramref name="status"/>, naming <paramref name="field"/> in the answer.</summary>
    public static Action<IReadOnlyList<HostileAnswer>> Names(int status, string field) => answers =>
    {
        Status(status)(answers);
        Assert.True(answers[^1].Body.Contains(field, StringComparison.Ordinal), $"Expected the answer to name {field}; {answers[^1]}");
    };
}
