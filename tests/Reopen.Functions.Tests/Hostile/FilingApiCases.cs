using System.Text;
using System.Text.Json.Nodes;
using static Reopen.Functions.Tests.Hostile.HostileRequest;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>The JSON API of filings: POST /api/filings, GET and PUT /api/filings/{id}, POST /api/filings/{id}/withdraw.</summary>
public static class FilingApiCases
{
    private const string Filings = "/api/filings";

    /// <summary>Bodies no filing can be read from (label, content).</summary>
    private static readonly (string Label, string Json)[] Unreadable =
    [
        ("empty", ""),
        ("whitespace", "  \r\n\t "),
        ("unclosed object", "{"),
        ("lone close", "}"),
        ("unclosed array", "["),
        ("bare word", "nul"),
        ("NaN", "NaN"),
        ("single quotes", "{'business':{'name':'x'}}"),
        ("cut mid-member", "{\"business\":"),
        ("trailing garbage", "{}}"),
        ("two documents", "{} {}"),
        ("unclosed comment", "{\"business\":{} /* never closed"),
        ("raw control character", "{\"preventionPlan\":\"a\u0001b\"}"),
        ("lone surrogate escape", "{\"business\":{\"name\":\"\\uD800\"}}"),
        ("number overflow", "{\"supplies\":{\"masks\":1e400}}"),
        ("int32 overflow", "{\"supplies\":{\"masks\":99999999999999999999}}"),
        ("business a string", "{\"business\":\"清源\"}"),
        ("business an array", "{\"business\":[]}"),
        ("business a number", "{\"business\":5}"),
        ("roster an object", "{\"roster\":{}}"),
        ("roster a string", "{\"roster\":\"x\"}"),
        ("roster of numbers", "{\"roster\":[1,2]}"),
        ("masks a word", "{\"supplies\":{\"masks\":\"abc\"}}"),
        ("masks true", "{\"supplies\":{\"masks\":true}}"),
        ("masks fractional", "{\"supplies\":{\"masks\":1.5}}"),
        ("boolean as word", "{\"fiveInPlace\":{\"planWritten\":\"yes\"}}"),
        ("name an object", "{\"business\":{\"name\":{}}}"),
        ("name a number", "{\"business\":{\"name\":123}}"),
        ("mobile a number", "{\"responsible\":{\"mobile\":13812345678}}"),
        ("root an array", "[]"),
        ("root a string", "\"filing\""),
        ("nested 65 deep", "{\"x\":" + new string('[', 65) + new string(']', 65) + "}"),
        ("nested 100,000 deep", "{\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}"),
    ];

    /// <summary>Readable JSON that is not a valid filing: nulls, huge values, enums as lists and numbers, hidden characters, links.</summary>
    private static readonly (string Label, Func<string> Json, string? Field)[] Invalid =
    [
        ("null body", () => "null", null),
        ("empty object", () => "{}", null),
        ("business null", () => HostileFilings.JsonWith("business", null), "business"),
        ("responsible null", () => HostileFilings.JsonWith("responsible", null), "responsible"),
        ("supplies null", () => HostileFilings.JsonWith("supplies", null), null),
        ("fiveInPlace null", () => HostileFilings.JsonWith("fiveInPlace", null), "fiveInPlace"),
        ("routine null", () => HostileFilings.JsonWith("routine", null), "routine"),
        ("roster null", () => HostileFilings.JsonWith("roster", null), "roster"),
        ("roster of nulls", () => HostileFilings.JsonWith("roster", new JsonArray(null, null)), "roster"),
        ("roster person null name", () => HostileFilings.JsonWith("roster[0].name", null), "roster[0].name"),
        ("name null", () => HostileFilings.JsonWith("business.name", null), "business.name"),
        ("name of 101 characters", () => HostileFilings.JsonWith("business.name", new string('清', 101)), "business.name"),
        ("name of 2 MB", () => HostileFilings.JsonWith("business.name", new string('x', 2_000_000)), "business.name"),
        ("plan of 10,001 characters", () => HostileFilings.JsonWith("preventionPlan", new string('防', 10_001)), "preventionPlan"),
        ("roster of 5,001", () => HostileFilings.Json(j => j["roster"] = new JsonArray([.. Enumerable.Range(0, 5_001).Select(_ => (JsonNode?)j["roster"]![0]!.DeepClone())])), "roster"),
        ("masks negative", () => HostileFilings.JsonWith("supplies.masks", -1), "supplies.masks"),
        ("masks int max", () => HostileFilings.JsonWith("supplies.masks", int.MaxValue), "supplies.masks"),
        ("litres as string", () => HostileFilings.JsonWith("supplies.disinfectantLitres", "1e309"), null),
        ("street injection", () => HostileFilings.JsonWith("business.street", "QH01' or PartitionKey ne '"), "business.street"),
        ("credit code markup", () => HostileFilings.JsonWith("business.creditCode", HostileFilings.Script), "business.creditCode"),
        ("id number markup", () => HostileFilings.JsonWith("roster[0].idNumber", HostileFilings.Image), "roster[0].idNumber"),
        ("return date nonsense", () => HostileFilings.JsonWith("roster[0].returnDate", "2026-02-30"), "roster[0].returnDate"),
        ("province markup", () => HostileFilings.JsonWith("roster[0].homeProvince", HostileFilings.Svg), "roster[0].homeProvince"),
        ("mobile with letters", () => HostileFilings.JsonWith("responsible.mobile", "1381234567x"), "responsible.mobile"),
    ];

    /// <summary>Values issue 6 says must be refused naming the field (defects 3, 5 and 7); accepted before those fixes.</summary>
    public static readonly (string Label, string Path, string Value)[] Forbidden =
    [
        ("scale as a comma list", "business.scale", "BelowScale,AboveScale"),
        ("scale as a spaced comma list", "business.scale", "AboveScale, BelowScale"),
        ("scale as a number", "business.scale", "1"),
        ("category repeated", "business.category", "General,General"),
        ("category as a number", "business.category", "0"),
        ("health status repeated", "roster[0].healthStatus", "Healthy,Healthy"),
        ("health status as a number", "roster[0].healthStatus", "0"),
        ("name with a link", "business.name", "请改用新链接 https://evil.example/login 审批"),
        ("name with a bare domain", "business.name", "清源鲜果 evil.example 审批"),
        ("name with an e-mail address", "business.name", "清源鲜果 boss@evil.example"),
        ("address with a link", "business.address", "清河区清源路88号 http://evil.example/a"),
        ("responsible with a domain", "responsible.name", "张三 www.evil.example"),
        ("name with a bidi override", "business.name", "清源\u202E行果鲜"),
        ("name with a zero-width space", "business.name", "清源\u200B鲜果行"),
        ("address with an isolate", "business.address", "清河区\u2066清源路88号"),
        ("responsible with a zero-width joiner", "responsible.name", "张\u200D三"),
        ("roster name with a bidi override", "roster[0].name", "李\u202E明"),
        ("name with a control character", "business.name", "清源\u0007鲜果行"),
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (label, json) in Unreadable)
            yield return HostileCase.Of($"POST /api/filings: {label}", _ => Post(Filings).JsonBody(json)) with { Expect = Expect.Status(400) };
        foreach (var (label, json, field) in Invalid)
            yield return HostileCase.Of($"POST /api/filings: {label}", _ => Post(Filings).JsonBody(json()))
                with { Expect = field is null ? Expect.Status(400) : Expect.Names(400, field) };
        foreach (var (label, path, value) in Forbidden)
            yield return HostileCase.Of($"POST /api/filings: {label}", _ => Post(Filings).JsonBody(HostileFilings.JsonWith(path, value)))
                with { Expect = Expect.Names(400, path) };

        foreach (var (label, type) in new[]
        {
            ("text/plain", "text/plain"), ("no content type", null), ("form", "application/x-www-form-urlencoded"),
            ("multipart", "multipart/form-data; boundary=x"), ("xml", "application/xml"), ("garbage content type", "%%%;;;"),
            ("unclosed charset quote", "application/json; charset=\""), ("utf-16 declared", "application/json; charset=utf-16"),
            ("json patch", "application/json-patch+json"),
        })
            yield return HostileCase.Of($"POST /api/filings: {label}", _ => new HostileRequest("POST", Filings) { ContentType = type, Body = Encoding.UTF8.GetBytes("{\"business\":") })
                with { Expect = Expect.Refused() };

        yield return HostileCase.Of("POST /api/filings: 8 MiB + 1 with Content-Length", _ => Post(Filings).JsonBody("\"" + new string('x', 8 * 1024 * 1024 - 1) + "\""))
            with { Expect = Expect.Status(413) };
        yield return HostileCase.Of("POST /api/filings: 9 MiB chunked", _ => Post(Filings).JsonBody("{\"business\":{\"name\":\"" + new string('x', 9 * 1024 * 1024) + "\"}}") with { Chunked = true })
            with { Expect = Expect.Status(413) };
        yield return HostileCase.Of("POST /api/filings: Content-Length longer than the body", _ => Post(Filings).JsonBody(HostileFilings.Json()[..200]) with { DeclaredLength = 5_000 });
        yield return HostileCase.Of("POST /api/filings: BOM then a broken body", _ => Post(Filings).Content("application/json", [0xEF, 0xBB, 0xBF, (byte)'{']))
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: invalid UTF-8 in a string", _ => Post(Filings).Content("application/json", [.. "{\"business\":{\"name\":\""u8, 0xFF, 0xFE, .. "\"}}"u8]))
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: ?lang=markup", _ => Post(Filings + "?lang=%3Cscript%3E").JsonBody("{"))
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: garbage Accept-Language", _ => Post(Filings).With("Accept-Language", "<script>;q=abc, zz-ZZ;q=2").JsonBody("{"))
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: asks for HTML", _ => Post(Filings).Browser().JsonBody("{")) with { ApiOnly = true, Expect = Expect.Status(400) };

        foreach (var (label, key) in new[]
        {
            ("empty", ""), ("101 characters", new string('k', 101)), ("8 KB", new string('k', 8_000)), ("Cyrillic", "ключ"),
            ("tab inside", "a\tb"), ("DEL character", "a\u007Fb"), ("markup", HostileFilings.Script + new string('k', 80)),
        })
            yield return HostileCase.Of($"POST /api/filings: Idempotency-Key {label}", _ => Post(Filings).With("Idempotency-Key", key).JsonBody(HostileFilings.Json()))
                with { Expect = Expect.Names(400, "Idempotency-Key") };
        yield return HostileCase.Of("POST /api/filings: two Idempotency-Keys", _ =>
            Post(Filings).With("Idempotency-Key", "a").With("Idempotency-Key", "b").JsonBody(HostileFilings.Json())) with { Expect = Expect.Status(400) };
        yield return new HostileCase("POST /api/filings: Idempotency-Key reused for another body", _ =>
        {
            var key = Guid.NewGuid().ToString();
            return [Post(Filings).With("Idempotency-Key", key).JsonBody(HostileFilings.Json()), Post(Filings).With("Idempotency-Key", key).JsonBody(HostileFilings.Json())];
        }) { Expect = Expect.Status(422) };

        foreach (var c in ById()) yield return c;
    }

    /// <summary>GET, PUT and withdraw with hostile ids, access codes and bodies; a right code only ever goes to filings that cannot change.</summary>
    private static IEnumerable<HostileCase> ById()
    {
        foreach (var (label, id) in HostileIds.All)
        {
            yield return HostileCase.Of($"GET /api/filings/{{{label}}}", _ => Get($"{Filings}/{id}").With("X-Access-Code", "ABCD2345"));
            yield return HostileCase.Of($"PUT /api/filings/{{{label}}}", _ => Put($"{Filings}/{id}").With("X-Access-Code", "ABCD2345").JsonBody(HostileFilings.Json()));
            yield return HostileCase.Of($"POST /api/filings/{{{label}}}/withdraw", _ => Post($"{Filings}/{id}/withdraw").With("X-Access-Code", "ABCD2345"));
        }

        // PUT with the right code goes to the pending filing: every body is read and checked before "not returned" (409) is known.
        HostileRequest Amend(HostileSeeds s) => Put($"{Filings}/{s.Pending.Id}").With("X-Access-Code", s.Pending.Code);
        foreach (var (label, json) in Unreadable.Where((_, i) => i % 3 == 0))
            yield return HostileCase.Of($"PUT /api/filings/{{id}}: {label}", s => Amend(s).JsonBody(json)) with { Expect = Expect.Status(400) };
        foreach (var (label, path, value) in Forbidden)
            yield return HostileCase.Of($"PUT /api/filings/{{id}}: {label}", s => Amend(s).JsonBody(HostileFilings.JsonWith(path, value)))
                with { Expect = Expect.Names(400, path) };
        yield return HostileCase.Of("PUT /api/filings/{id}: text/plain", s => Amend(s).Content("text/plain", "{}")) with { Expect = Expect.Status(415) };
        yield return HostileCase.Of("PUT /api/filings/{id}: 8 MiB + 1", s => Amend(s).JsonBody("\"" + new string('x', 8 * 1024 * 1024 - 1) + "\""))
            with { Expect = Expect.Status(413) };
        yield return HostileCase.Of("PUT /api/filings/{id}: Content-Length longer than the body", s => Amend(s).JsonBody("{\"business\":{") with { DeclaredLength = 4_000 });
        yield return HostileCase.Of("PUT /api/filings/{id}: valid, but not returned", s => Amend(s).JsonBody(HostileFilings.Json())) with { Expect = Expect.Status(409) };

        // Withdraw with the right code goes to the approved filing (closed: nothing to withdraw) or carries a body that is refused first.
        HostileRequest Withdraw(HostileSeeds s) => Post($"{Filings}/{s.Pending.Id}/withdraw").With("X-Access-Code", s.Pending.Code);
        foreach (var (label, type, body) in new[]
        {
            ("malformed", "application/json", "{\"reason\":"), ("reason a number", "application/json", "{\"reason\":5}"),
            ("reason an array", "application/json", "{\"reason\":[\"x\"]}"), ("root an array", "application/json", "[]"),
            ("text/plain", "text/plain", "{\"reason\":\"x\"}"), ("form", "application/x-www-form-urlencoded", "reason=x"),
            ("reason of 1,001 characters", "application/json", "{\"reason\":\"" + new string('因', 1_001) + "\"}"),
            ("body over 8,000 bytes", "application/json", "{\"reason\":\"" + new string('x', 9_000) + "\"}"),
            ("nested 100,000 deep", "application/json", "{\"reason\":" + new string('[', 100_000) + "}"),
        })
            yield return HostileCase.Of($"POST /api/filings/{{id}}/withdraw: {label}", s => Withdraw(s).Content(type, body)) with { Expect = Expect.Refused() };
        yield return HostileCase.Of("POST /api/filings/{id}/withdraw: chunked, over the limit", s => Withdraw(s).JsonBody("{\"reason\":\"" + new string('x', 20_000) + "\"}") with { Chunked = true })
            with { Expect = Expect.Refused() };
        yield return HostileCase.Of("POST /api/filings/{id}/withdraw: approved filing", s =>
            Post($"{Filings}/{s.Approved.Id}/withdraw").With("X-Access-Code", s.Approved.Code).JsonBody("{\"reason\":\"" + HostileFilings.Script + "\"}"))
            with { Expect = Expect.Status(409) };
    }
}
