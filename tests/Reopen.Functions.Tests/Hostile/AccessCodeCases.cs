using static Reopen.Functions.Tests.Hostile.HostileRequest;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>The X-Access-Code header and the limit on guessing it: garbage codes, forged X-Forwarded-For, a client locked out.</summary>
public static class AccessCodeCases
{
    private const string Unknown = "F260301AAAAAAAAAA";

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (label, code) in new[]
        {
            ("empty", ""), ("spaces", "   "), ("8 KB", new string('c', 8_000)), ("SQL-like", "' or 1=1 --"), ("OData-like", "x' or PartitionKey ne '"),
            ("percent nul", "%00"), ("markup", HostileFilings.Script), ("tab inside", "ABCD\t2345"), ("lower-case hex", "abcd2345"),
        })
        {
            yield return HostileCase.Of($"GET /api/filings/{{id}}: X-Access-Code {label}", s => Get("/api/filings/" + s.Guessed.Id).With("X-Access-Code", code))
                with { Expect = Expect.Status(404, 429) };
            yield return HostileCase.Of($"POST /api/filings/{{id}}/withdraw: X-Access-Code {label}", s =>
                Post($"/api/filings/{s.Guessed.Id}/withdraw").With("X-Access-Code", code).JsonBody("{\"reason\":\"x\"}")) with { Expect = Expect.Status(404, 429) };
        }
        yield return HostileCase.Of("GET /api/filings/{id}: no X-Access-Code", s => Get("/api/filings/" + s.Guessed.Id)) with { Expect = Expect.Status(404, 429) };
        yield return HostileCase.Of("PUT /api/filings/{id}: no X-Access-Code, valid body", s => Put("/api/filings/" + s.Guessed.Id).JsonBody(HostileFilings.Json()))
            with { Expect = Expect.Status(404, 429) };
        yield return HostileCase.Of("PUT /api/filings/{id}: wrong X-Access-Code, broken body", s =>
            Put("/api/filings/" + s.Guessed.Id).With("X-Access-Code", "ZZZZ9999").JsonBody("{")) with { Expect = Expect.Status(404, 429) };
        yield return HostileCase.Of("GET /api/filings/{id}: another filing's code", s => Get("/api/filings/" + s.Guessed.Id).With("X-Access-Code", s.Pending.Code))
            with { Expect = Expect.Status(404, 429) };
        yield return HostileCase.Of("GET /api/filings/{id}: a wrong code, then the right one, in two headers", s =>
            Get("/api/filings/" + s.Guessed.Id).With("X-Access-Code", "ZZZZ9999").With("X-Access-Code", s.Guessed.Code)) with { Expect = Expect.Status(404, 429) };

        foreach (var (label, forwarded) in new[]
        {
            ("garbage", "garbage"), ("two addresses", "1.2.3.4, 5.6.7.8"), ("200 addresses", string.Join(", ", Enumerable.Range(0, 200).Select(i => $"10.0.{i / 250}.{i % 250}"))),
            ("loopback", "::1"), ("unknown", "unknown"), ("IPv6 with a zone", "fe80::1%eth0"), ("with a port", "[::1]:80"), ("out of range", "999.999.999.999"),
            ("markup", HostileFilings.Script), ("8 KB", new string('9', 8_000)),
        })
            yield return HostileCase.Of($"GET /api/filings/{{id}}: X-Forwarded-For {label}", s =>
                Get("/api/filings/" + s.Guessed.Id).With("X-Forwarded-For", forwarded).With("X-Access-Code", "ZZZZ9999")) with { Expect = Expect.Status(404, 429) };

        // Issue 6, defect 6: from loopback, a new X-Forwarded-For for each guess made 40 of 40 wrong guesses go unrefused.
        yield return new HostileCase("GET /api/filings/{id}: 40 wrong codes, a new X-Forwarded-For each, then the right code", s =>
        [
            .. Enumerable.Range(1, 40).Select(i => Get("/api/filings/" + s.Guessed.Id).With("X-Forwarded-For", $"203.0.113.{i}").With("X-Access-Code", $"ZZZZ{i:D4}")),
            Get("/api/filings/" + s.Guessed.Id).With("X-Forwarded-For", "203.0.113.99").With("X-Access-Code", s.Guessed.Code),
        ])
        {
            Expect = answers =>
            {
                Assert.True(answers.Take(40).Count(a => a.Status == 429) >= 10, $"Only {answers.Take(40).Count(a => a.Status == 429)} of 40 guesses were refused (429)");
                Expect.Status(429)(answers);
            },
        };
        yield return new HostileCase("GET /api/filings/{id}: 31 wrong codes from one client, then the right code", s =>
        [
            .. Enumerable.Range(1, 31).Select(i => Get($"/api/filings/{Unknown[..^2]}{i:D2}").With("X-Access-Code", "ZZZZ9999")),
            Get("/api/filings/" + s.Pending.Id).With("X-Access-Code", s.Pending.Code),
        ]) { Expect = Expect.Status(429) };
        yield return new HostileCase("POST /api/filings/status: 31 wrong codes from one browser, then the right code", s =>
        [
            .. Enumerable.Range(1, 31).Select(i => Post("/api/filings/status").Browser().Form(("filingId", $"{Unknown[..^2]}{i:D2}"), ("accessCode", "ZZZZ9999"))),
            Post("/api/filings/status").Browser().Form(("filingId", s.Pending.Id), ("accessCode", s.Pending.Code)),
        ]) { Expect = Expect.Status(429) };
    }
}
