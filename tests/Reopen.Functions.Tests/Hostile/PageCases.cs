using static Reopen.Functions.Tests.Hostile.HostileRequest;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>
/// The business's pages, as a browser sends them: the status page (GET, POST), the home page's lookup (POST and GET
/// /api/filings/status), the amend page (GET, POST) and its submit. Wrong codes go only to the filing kept for guessing.
/// </summary>
public static class PageCases
{
    private const string Filings = "/api/filings";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (label, id) in HostileIds.All)
        {
            yield return HostileCase.Of($"GET /api/filings/{{{label}}}/status", _ => Get($"{Filings}/{id}/status").Browser());
            yield return HostileCase.Of($"POST /api/filings/{{{label}}}/status", _ => Post($"{Filings}/{id}/status").Browser().Form(("accessCode", "ABCD2345")));
        }
        foreach (var (label, id) in HostileIds.All.Where((_, i) => i % 3 == 0))
        {
            yield return HostileCase.Of($"GET /api/filings/{{{label}}}/amend", _ => Get($"{Filings}/{id}/amend").Browser());
            yield return HostileCase.Of($"POST /api/filings/{{{label}}}/amend", _ => Post($"{Filings}/{id}/amend").Browser().Form(("accessCode", "ABCD2345")));
            yield return HostileCase.Of($"POST /api/filings/{{{label}}}/amend/submit", _ =>
                Post($"{Filings}/{id}/amend/submit").Browser().Form(("accessCode", "ABCD2345"), ("business.name", HostileFilings.Script)));
        }

        foreach (var (label, body, status) in FormBodies.All())
        {
            var expect = status is { } s ? Expect.Status(s) : null;
            yield return HostileCase.Of($"POST /api/filings/status: {label}", _ => body(Post(Filings + "/status").Browser())) with { Expect = expect };
            yield return HostileCase.Of($"POST /api/filings/{{id}}/status: {label}", s => body(Post($"{Filings}/{s.Guessed.Id}/status").Browser())) with { Expect = expect };
            yield return HostileCase.Of($"POST /api/filings/{{id}}/amend: {label}", s => body(Post($"{Filings}/{s.Guessed.Id}/amend").Browser())) with { Expect = expect };
            yield return HostileCase.Of($"POST /api/filings/{{id}}/amend/submit: {label}", s => body(Post($"{Filings}/{s.Guessed.Id}/amend/submit").Browser()))
                with { Expect = expect };
        }
        // Not a browser: a body the page cannot read is the JSON API's kind of answer, ProblemDetails (issue 6, defect 1).
        yield return HostileCase.Of("POST /api/filings/status: multipart never closed, API client", _ => Post(Filings + "/status").Json().UnclosedMultipart())
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings/{id}/status: multipart never closed, API client", s => Post($"{Filings}/{s.Guessed.Id}/status").UnclosedMultipart())
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: multipart never closed, API client", s =>
            Post($"{Filings}/{s.Guessed.Id}/amend/submit").Json().UnclosedMultipart()) with { Expect = Expect.Status(400) };

        foreach (var (label, typed) in new[]
        {
            ("markup id", HostileFilings.Script), ("OData id", "x' or PartitionKey ne '"), ("1,000-character id", new string('F', 1_000)),
            ("bidi id", "F260301\u202EAAAAAAAAA"), ("Chinese id", "备案编号"), ("nul id", "F\0"), ("empty id", ""), ("spaces only", "   "),
        })
            yield return HostileCase.Of($"POST /api/filings/status: {label}", _ => Post(Filings + "/status").Browser().Form(("filingId", typed), ("accessCode", "ABCD2345")));
        yield return HostileCase.Of("POST /api/filings/status: no fields", _ => Post(Filings + "/status").Browser().Form(""));
        yield return HostileCase.Of("POST /api/filings/status: wrong code", s => Post(Filings + "/status").Browser().Form(("filingId", s.Guessed.Id), ("accessCode", "ZZZZ9999")));
        yield return HostileCase.Of("GET /api/filings/status?lang=markup", _ => Get(Filings + "/status?lang=%3Cscript%3E").Browser());
        yield return HostileCase.Of("GET /api/filings/status?lang=en&lang=zh", _ => Get(Filings + "/status?lang=en&lang=zh&lang=").Browser());

        foreach (var c in WithTheRightCode()) yield return c;
    }

    /// <summary>Right codes, on filings that a refused or a harmless request leaves as they are.</summary>
    private static IEnumerable<HostileCase> WithTheRightCode()
    {
        HostileRequest Status(SeededFiling f, params (string, string)[] fields) =>
            Post($"{Filings}/{f.Id}/status").Browser().Form([("accessCode", f.Code), .. fields]);
        yield return HostileCase.Of("POST /api/filings/{id}/status: pending, markup shown escaped", s => Status(s.Pending)) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /api/filings/{id}/status: returned, markup shown escaped", s => Status(s.Returned)) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /api/filings/{id}/status: rejected, markup shown escaped", s => Status(s.Rejected)) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /api/filings/{id}/status: approved, markup shown escaped", s => Status(s.Approved)) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /api/filings/{id}/status: unknown action", s => Status(s.Pending, ("action", "<script>")));
        yield return HostileCase.Of("POST /api/filings/{id}/status: withdraw confirmation", s => Status(s.Pending, ("action", "withdraw")));
        yield return HostileCase.Of("POST /api/filings/{id}/status: withdraw with a 1,001-character reason", s =>
            Status(s.Pending, ("action", "confirm-withdraw"), ("reason", HostileFilings.Script + new string('因', 1_001)))) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/filings/{id}/status: withdraw an approved filing", s =>
            Status(s.Approved, ("action", "confirm-withdraw"), ("reason", HostileFilings.Image)));
        yield return HostileCase.Of("POST /api/filings/{id}/status: code between spaces", s =>
            Post($"{Filings}/{s.Pending.Id}/status").Browser().Form(("accessCode", "  " + s.Pending.Code + " \t")));

        yield return HostileCase.Of("POST /api/filings/{id}/amend: returned, the form shows markup escaped", s =>
            Post($"{Filings}/{s.Returned.Id}/amend").Browser().Form(("accessCode", s.Returned.Code))) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /api/filings/{id}/amend: pending, not returned", s =>
            Post($"{Filings}/{s.Pending.Id}/amend").Browser().Form(("accessCode", s.Pending.Code))) with { Expect = Expect.Status(409) };

        HostileRequest Submit(SeededFiling f, params (string, string)[] fields) =>
            Post($"{Filings}/{f.Id}/amend/submit").Browser().Form([("accessCode", f.Code), .. fields]);
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: only the code", s => Submit(s.Returned)) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: markup in every field", s =>
            Submit(s.Returned, [.. AmendForm.TextFields.Select(f => (f, HostileFilings.Script + HostileFilings.Image))])) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: numbers that are not", s =>
            Submit(s.Returned, [.. AmendForm.Valid().Where(f => !f.Name.StartsWith("supplies.", StringComparison.Ordinal)),
                ("supplies.masks", "1e9"), ("supplies.disinfectantLitres", "NaN"), ("supplies.thermometers", "-0x10")])) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: a 1,001-character note", s =>
            Submit(s.Returned, [.. AmendForm.Valid(), ("note", new string('注', 1_001))])) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/filings/{id}/amend/submit: five-in-place unticked", s =>
            Submit(s.Returned, [.. AmendForm.Valid().Where(f => !f.Name.StartsWith("fiveInPlace.", StringComparison.Ordinal))])) with { Expect = Expect.Status(422) };
        // Each spare is a returned filing of its own: before issue 6's fixes these amendments are accepted, and change it.
        foreach (var (label, field, value, spare) in new[]
        {
            ("name with a link", "business.name", "请改用新链接 https://evil.example/login 审批", 0),
            ("name with a bidi override", "business.name", "清源\u202E行果鲜", 1),
            ("address with a zero-width space", "business.address", "清河区\u200B清源路88号", 2),
            ("responsible with a domain", "responsible.name", "张三 evil.example", 3),
        })
            yield return HostileCase.Of($"POST /api/filings/{{id}}/amend/submit: {label}", s =>
                Submit(s.ReturnedSpares[spare], [.. AmendForm.Valid().Where(f => f.Name != field), (field, value)])) with { Expect = Expect.Status(422) };
    }
}

/// <summary>The amend page's fields (FilingAmendForm), and a complete valid set of them.</summary>
public static class AmendForm
{
    public static readonly string[] TextFields =
    [
        "business.name", "business.address", "responsible.name", "responsible.mobile", "preventionPlan", "emergencyPlan",
        "supplies.masks", "supplies.disinfectantLitres", "supplies.thermometers", "supplies.other", "routine.maxCustomersAtOnce", "note",
    ];

    public static (string Name, string Value)[] Valid() =>
    [
        ("business.name", "清源鲜果批发行"), ("business.address", "清河区清源路88号"), ("responsible.name", "张小三"),
        ("responsible.mobile", "13812345678"), ("preventionPlan", "一、成立防控工作小组。"), ("emergencyPlan", "一、发现发热人员立即隔离。"),
        ("fiveInPlace.responsibilityAssigned", "on"), ("fiveInPlace.planWritten", "on"), ("fiveInPlace.staffInformationCollected", "on"),
        ("fiveInPlace.suppliesReady", "on"), ("fiveInPlace.workSafetyAssured", "on"),
        ("supplies.masks", "500"), ("supplies.disinfectantLitres", "20"), ("supplies.thermometers", "4"), ("routine.temperatureCheck", "on"),
    ];
}
