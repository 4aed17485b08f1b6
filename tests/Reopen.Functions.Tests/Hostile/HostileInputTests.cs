using Xunit.Abstractions;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>
/// Issue 6's hostile-input suite: several hundred named cases across every endpoint and page, each checked against
/// <see cref="HostileRules"/> (below 500; ProblemDetails under /api unless a browser asked for a page; markup escaped on
/// pages; nothing at error level in the log; nothing written by a refusal) and, where the issue states it, the fixed answer.
/// </summary>
public static class HostileCatalogue
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> Everything = new(() =>
    {
        var all = FilingApiCases.All().Concat(PageCases.All()).Concat(LinkTokenCases.All()).Concat(AccessCodeCases.All()).Concat(PublicAndHostCases.All()).ToList();
        var duplicates = all.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException("Case names must be unique: " + string.Join(", ", duplicates));
        return all.ToDictionary(c => c.Name);
    });

    /// <summary>Every case once; building it fails on two cases of one name.</summary>
    public static int Count => Everything.Value.Count;

    public static HostileCase Named(CaseName name) => Everything.Value[name.Name];

    public static TheoryData<CaseName> Names(Func<IEnumerable<HostileCase>> cases) => new(cases().Select(c => new CaseName(c.Name)));
}

/// <summary>A case's name as a theory row: serializable, so each case is a test of its own, and shown in full (xunit cuts strings at 50).</summary>
public sealed class CaseName : IXunitSerializable
{
    [Obsolete("For the xunit serializer only.")]
    public CaseName() => Name = "";

    public CaseName(string name) => Name = name;

    public string Name { get; private set; }

    public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);

    public override string ToString() => Name;
}

[Collection(HostileCollection.Name)]
public sealed class FilingApiHostileTests(HostileApp app)
{
    public static TheoryData<CaseName> Cases => HostileCatalogue.Names(FilingApiCases.All);

    [Theory, MemberData(nameof(Cases))]
    public Task Hostile_filing_request_is_answered_cleanly(CaseName name) => app.CheckAsync(HostileCatalogue.Named(name));
}

[Collection(HostileCollection.Name)]
public sealed class PageHostileTests(HostileApp app)
{
    public static TheoryData<CaseName> Cases => HostileCatalogue.Names(PageCases.All);

    [Theory, MemberData(nameof(Cases))]
    public Task Hostile_page_request_is_answered_cleanly(CaseName name) => app.CheckAsync(HostileCatalogue.Named(name));
}

[Collection(HostileCollection.Name)]
public sealed class LinkTokenHostileTests(HostileApp app)
{
    public static TheoryData<CaseName> Cases => HostileCatalogue.Names(LinkTokenCases.All);

    [Theory, MemberData(nameof(Cases))]
    public Task Hostile_link_request_is_answered_cleanly(CaseName name) => app.CheckAsync(HostileCatalogue.Named(name));
}

[Collection(HostileCollection.Name)]
public sealed class AccessCodeHostileTests(HostileApp app)
{
    public static TheoryData<CaseName> Cases => HostileCatalogue.Names(AccessCodeCases.All);

    [Theory, MemberData(nameof(Cases))]
    public Task Hostile_access_code_request_is_answered_cleanly(CaseName name) => app.CheckAsync(HostileCatalogue.Named(name));
}

[Collection(HostileCollection.Name)]
public sealed class PublicAndHostHostileTests(HostileApp app)
{
    public static TheoryData<CaseName> Cases => HostileCatalogue.Names(PublicAndHostCases.All);

    [Theory, MemberData(nameof(Cases))]
    public Task Hostile_public_request_is_answered_cleanly(CaseName name) => app.CheckAsync(HostileCatalogue.Named(name));
}

/// <summary>The suite checks itself: it cannot quietly shrink, and its snapshot does see a write.</summary>
[Collection(HostileCollection.Name)]
public sealed class HostileSuiteTests(HostileApp app)
{
    [Fact]
    public void Suite_has_at_least_300_cases_with_unique_names() =>
        Assert.True(HostileCatalogue.Count >= 300, $"{HostileCatalogue.Count} cases");

    [Fact]
    public async Task Snapshot_sees_every_table_and_a_filing_written()
    {
        var before = await app.SnapshotAsync();
        var answer = await RawHttp.SendAsync(app.App.BaseAddress, System.Net.IPAddress.Loopback,
            HostileRequest.Post("/api/filings").JsonBody(HostileFilings.Json()));
        var changes = (await app.SnapshotAsync()).ChangesSince(before);
        await app.SettleAsync();

        Assert.Equal(201, answer.Status);
        foreach (var table in new[] { "Processes", "Filings", "FilingRoster", "FilingCreditCodes" })
            Assert.Contains(changes, c => c.StartsWith("+ " + table + " | ", StringComparison.Ordinal));
    }
}
