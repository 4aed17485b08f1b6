using static Reopen.Functions.Tests.Hostile.HostileRequest;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>
/// Permits (verification, placard, lookup), the home page, health, OpenAPI, paths and methods no endpoint takes, the dev
/// outbox, and requests Kestrel itself refuses.
/// </summary>
public static class PublicAndHostCases
{
    public static IEnumerable<HostileCase> All()
    {
        foreach (var (label, key) in HostileIds.All)
        {
            yield return HostileCase.Of($"GET /api/permits/{{{label}}}", _ => Get("/api/permits/" + key).Browser()) with { Expect = Expect.Refused() };
            yield return HostileCase.Of($"GET /api/permits/{{{label}}} as JSON", _ => Get("/api/permits/" + key).Json()) with { Expect = Expect.Refused() };
        }
        foreach (var (label, key) in HostileIds.All.Where((_, i) => i % 2 == 0))
            yield return HostileCase.Of($"GET /api/permits/{{{label}}}/placard", _ => Get($"/api/permits/{key}/placard").Browser()) with { Expect = Expect.Refused() };
        yield return HostileCase.Of("GET /api/permits/{key}: markup shown escaped", s => Get("/api/permits/" + s.PermitKey).Browser()) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("GET /api/permits/{key} in lower case", s => Get("/api/permits/" + s.PermitKey.ToLowerInvariant()).Browser());
        yield return HostileCase.Of("GET /api/permits/{key}/placard: markup shown escaped", s => Get($"/api/permits/{s.PermitKey}/placard").Browser()) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("GET /api/permits/{key}/placard?lang=en", s => Get($"/api/permits/{s.PermitKey}/placard?lang=en").Browser());
        foreach (var (label, number) in new[]
        {
            ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ("OData", "x'%20or%20PartitionKey%20ne%20'"), ("5,000 characters", new string('Q', 5_000)),
            ("bidi", "QH-%E2%80%AE7K3M9TQX"), ("prefix only", "%E5%A4%8D%E5%B7%A5%E3%80%942026%E3%80%95"), ("nul", "%00"), ("empty", ""),
            ("two numbers", "QH-7K3M9TQX&number=QH-AAAAAAAA"),
        })
            yield return HostileCase.Of($"GET /api/permits/lookup?number={label}", _ => Get("/api/permits/lookup?number=" + number).Browser());

        foreach (var (label, query) in new[] { ("lang markup", "?lang=%3Cscript%3E"), ("lang unknown", "?lang=xx"), ("8 KB query", "?q=" + new string('q', 7_000)), ("bare ?", "?") })
            yield return HostileCase.Of($"GET /api{query.Split('=')[0]}: {label}", _ => Get("/api" + query).Browser());
        yield return HostileCase.Of("GET /api: garbage Accept-Language", _ => Get("/api").Browser().With("Accept-Language", "*;q=abc, <script>, zh-CN;q=9"));
        yield return HostileCase.Of("GET /api: garbage lang cookie", _ => Get("/api").Browser().With("Cookie", "lang=%3Cscript%3E; lang=en"));
        yield return HostileCase.Of("GET /api: garbage Accept", _ => Get("/api").With("Accept", "text/html;q=\"x, */*;;;"));
        yield return HostileCase.Of("GET /api/health?x=<script>", _ => Get("/api/health?x=%3Cscript%3E").Browser());
        yield return HostileCase.Of("GET /api/health: garbage Accept", _ => Get("/api/health").With("Accept", ";;;,,,"));

        yield return HostileCase.Of("GET /api/openapi/v1.json", _ => Get("/api/openapi/v1.json"));
        foreach (var (label, doc) in new[] { ("unknown", "nope"), ("markup", "%3Cscript%3E"), ("dot-dot", "..%2f..%2fappsettings"), ("long", new string('v', 3_000)) })
        {
            // Issue 6, defect 4: an unknown document answered 404 text/plain.
            yield return HostileCase.Of($"GET /api/openapi/{{{label}}}.json", _ => Get($"/api/openapi/{doc}.json")) with { Expect = Expect.Status(404) };
            yield return HostileCase.Of($"GET /api/openapi/{{{label}}}.json from a browser", _ => Get($"/api/openapi/{doc}.json").Browser())
                with { Expect = Expect.Status(404), ApiOnly = true };
        }

        foreach (var c in NoEndpoint()) yield return c;
        foreach (var c in DevOutbox()) yield return c;
        foreach (var c in RefusedByKestrel()) yield return c;
    }

    private static IEnumerable<HostileCase> NoEndpoint()
    {
        foreach (var path in new[]
        {
            "/api/nothing", "/api/filings/x/y/z", "/api/%00", "/api//filings", "/api/decisions/", "/api/callbacks/", "/api/permits/x/y",
            "/api/openapi/v1.yaml", "/api/DeadlineSweep", "/api/filings/status/extra",
        })
        {
            yield return HostileCase.Of($"GET {path}", _ => Get(path)) with { ApiOnly = true, Expect = Expect.Refused() };
            yield return HostileCase.Of($"GET {path} from a browser", _ => Get(path).Browser()) with { ApiOnly = true, Expect = Expect.Refused() };
        }
        foreach (var (method, path) in new[]
        {
            ("DELETE", "/api/filings"), ("GET", "/api/filings"), ("PUT", "/api/filings"), ("PATCH", "/api/filings/F260301AAAAAAAAAA"),
            ("DELETE", "/api/filings/F260301AAAAAAAAAA"), ("PUT", "/api/filings/F260301AAAAAAAAAA/withdraw"), ("PUT", "/api/decisions/x"),
            ("DELETE", "/api/callbacks/x"), ("POST", "/api/permits/x"), ("POST", "/api/permits/lookup"), ("POST", "/api/health"), ("PUT", "/api"),
            ("POST", "/api/openapi/v1.json"), ("TRACE", "/api"), ("OPTIONS", "/api/filings"), ("FOO", "/api/filings"), ("DELETE", "/api/filings/F260301AAAAAAAAAA/status"),
        })
            yield return HostileCase.Of($"{method} {path}", _ => new HostileRequest(method, path).Json()) with { ApiOnly = true, Expect = Expect.Status(405, 404) };
    }

    private static IEnumerable<HostileCase> DevOutbox()
    {
        foreach (var (label, query) in new[]
        {
            ("to markup", "?to=%3Cscript%3E"), ("to OData", "?to=x'%20or%20RowKey%20ne%20'"), ("channel OData", "?channel=email'%20or%20'1'%20eq%20'1"),
            ("to 5,000 characters", "?to=" + new string('t', 5_000)), ("to nul", "?to=%00"), ("channel unknown", "?channel=pigeon"),
        })
        {
            yield return HostileCase.Of($"GET /dev/outbox: {label}", _ => Get("/dev/outbox" + query).Browser());
            yield return HostileCase.Of($"GET /dev/outbox: {label}, as JSON", _ => Get("/dev/outbox" + query).Json());
        }
        yield return HostileCase.Of("GET /dev/outbox: the page shows markup escaped", _ => Get("/dev/outbox").Browser()) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("POST /dev/outbox", _ => Post("/dev/outbox").JsonBody("{}"));
        yield return HostileCase.Of("PUT /dev/outbox", _ => Put("/dev/outbox").JsonBody("{}"));
    }

    /// <summary>Over Kestrel's own limits: an empty 4xx before any app code runs (see <see cref="HostileCase.RefusedByServer"/>).</summary>
    private static IEnumerable<HostileCase> RefusedByKestrel()
    {
        yield return HostileCase.Of("GET /api: a 40 KB header", _ => Get("/api").With("X-Padding", new string('p', 40_000))) with { RefusedByServer = true, Expect = Expect.Status(431) };
        yield return HostileCase.Of("GET /api/filings/{id}: a 40 KB X-Access-Code", s => Get("/api/filings/" + s.Guessed.Id).With("X-Access-Code", new string('c', 40_000)))
            with { RefusedByServer = true, Expect = Expect.Status(431) };
        yield return HostileCase.Of("GET /api/filings/{10,000-character id}", _ => Get("/api/filings/" + new string('F', 10_000)).With("X-Access-Code", "ABCD2345"))
            with { RefusedByServer = true, Expect = Expect.Status(414) };
        yield return HostileCase.Of("POST /api/filings: two Content-Lengths", _ => Post("/api/filings").With("Content-Length", "2").With("Content-Length", "3").Content("application/json", "{}"))
            with { RefusedByServer = true, Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: Content-Length not a number", _ => Post("/api/filings").With("Content-Length", "abc").Content("application/json", "{}"))
            with { RefusedByServer = true, Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/filings: Transfer-Encoding gzip", _ => Post("/api/filings").With("Transfer-Encoding", "gzip").Content("application/json", "{}"))
            with { RefusedByServer = true, Expect = Expect.Refused() };
    }
}
