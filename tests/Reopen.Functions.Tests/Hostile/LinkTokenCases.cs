using static Reopen.Functions.Tests.Hostile.HostileRequest;
using Reopen.Functions.Tests.Infrastructure;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>Decision links (/api/decisions/{token}) and call-back links (/api/callbacks/{token}): tokens bent every way, and hostile forms.</summary>
public static class LinkTokenCases
{
    private const string Decisions = "/api/decisions/";
    private const string Callbacks = "/api/callbacks/";

    /// <summary>Spellings of a genuine token (label, spelling, true when issue 6 (defect 8) says only the canonical one opens).</summary>
    private static readonly (string Label, Func<string, string> Spell, bool Canonical)[] Spellings =
    [
        ("last character changed", t => t[..^1] + (t[^1] == 'A' ? 'B' : 'A'), false),
        ("first character changed", t => (t[0] == 'A' ? 'B' : 'A') + t[1..], false),
        ("one character short", t => t[..^1], false),
        ("cut in half", t => t[..(t.Length / 2)], false),
        ("one character more", t => t + "A", false),
        ("in lower case", t => t.ToLowerInvariant(), false),
        ("padded with =", t => t + "=", true),
        ("padded with ==", t => t + "==", true),
        ("after a space", t => "%20" + t, true),
        ("before a space", t => t + "%20", true),
        ("before a newline", t => t + "%0A", true),
        ("with a tab inside", t => t[..10] + "%09" + t[10..], true),
        ("with its spare bits set", SignedTokens.WithTrailingBitsSet, true),
    ];

    /// <summary>Path segments that are no token at all.</summary>
    private static readonly (string Label, string Segment)[] NotTokens =
    [
        ("1,201 characters", new string('A', 1_201)), ("5,000 characters", new string('A', 5_000)), ("not base64", "!!!!"),
        ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ("nul", "%00"), ("dot-dot slash", "..%2f..%2fProcesses"), ("quote", "'"),
        ("Chinese", "%E4%BB%A4%E7%89%8C"), ("a single character", "A"),
    ];

    /// <summary>Filing ids a genuine signature may carry that no filing has: each must be 400 or 404, never 500 (issue 6, defect 2).</summary>
    private static readonly (string Label, string FilingId)[] BadFilingIds =
    [
        ("slash", "F260301/AAAA"), ("backslash", "F260301\\AAAA"), ("hash", "F260301#AAAA"), ("question mark", "F260301?AAAA"),
        ("nul", "F260301\0AAAA"), ("tab", "F260301\tAAAA"), ("CRLF", "F260301\r\nAAAA"), ("OData filter", "x' or PartitionKey ne '"),
        ("dot-dot", ".."), ("Chinese", "备案编号"), ("255 bytes", new string('F', 255)), ("space", " "), ("bidi override", "F\u202EAAAA"),
        ("well-formed, unknown", "F260101AAAAAAAAAA"),
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (label, spell, canonical) in Spellings)
        {
            var expect = canonical ? Expect.Status(400) : Expect.Refused();
            yield return HostileCase.Of($"GET /api/decisions/{{token {label}}}", s => Get(Decisions + spell(s.PendingLink.Token)).Browser()) with { Expect = expect };
            yield return HostileCase.Of($"GET /api/callbacks/{{token {label}}}", s => Get(Callbacks + spell(s.CallbackLink.Token)).Browser()) with { Expect = expect };
            // A form the app refuses anyway, so a spelling that wrongly opens the link still decides nothing.
            yield return HostileCase.Of($"POST /api/decisions/{{token {label}}}", s => Post(Decisions + spell(s.PendingLink.Token)).Browser().Form(("verdict", "maybe")))
                with { Expect = canonical ? Expect.Status(400) : Expect.Refused() };
        }
        foreach (var (label, segment) in NotTokens)
        {
            yield return HostileCase.Of($"GET /api/decisions/{{{label}}}", _ => Get(Decisions + segment).Browser()) with { Expect = Expect.Refused() };
            yield return HostileCase.Of($"POST /api/callbacks/{{{label}}}", _ => Post(Callbacks + segment).Browser().Form(("notes", "已回访"))) with { Expect = Expect.Refused() };
        }

        foreach (var (label, filingId) in BadFilingIds)
        {
            yield return HostileCase.Of($"GET /api/decisions/{{signed, filing id {label}}}", s =>
                Get(Decisions + s.Sign(filingId, s.PendingLink.StepId, s.PendingLink.Round, s.PendingLink.ApproverId)).Browser()) with { Expect = Expect.Status(400, 404) };
            yield return HostileCase.Of($"POST /api/decisions/{{signed, filing id {label}}}", s =>
                Post(Decisions + s.Sign(filingId, s.PendingLink.StepId, s.PendingLink.Round, s.PendingLink.ApproverId)).Browser().Form(("verdict", "approve")))
                with { Expect = Expect.Status(400, 404) };
            yield return HostileCase.Of($"GET /api/callbacks/{{signed, filing id {label}}}", s =>
                Get(Callbacks + s.Sign(filingId, s.CallbackLink.StepId, s.CallbackLink.Round, s.CallbackLink.ApproverId)).Browser()) with { Expect = Expect.Status(400, 404) };
        }

        foreach (var c in SignedClaims()) yield return c;
        foreach (var c in Forms()) yield return c;
    }

    /// <summary>Genuine signatures over claims that do not fit: expired, past the end of time, another version, wrong step, round or approver.</summary>
    private static IEnumerable<HostileCase> SignedClaims()
    {
        HostileCase Decision(string label, Func<HostileSeeds, string> token) =>
            HostileCase.Of($"GET /api/decisions/{{signed, {label}}}", s => Get(Decisions + token(s)).Browser());
        HostileCase Callback(string label, Func<HostileSeeds, string> token) =>
            HostileCase.Of($"GET /api/callbacks/{{signed, {label}}}", s => Get(Callbacks + token(s)).Browser());
        static string Bent(HostileSeeds s, SeededLink l, Func<byte[], byte[]> bend) =>
            SignedTokens.Sign(s.SigningKey, bend(SignedTokens.Payload(l.FilingId, l.StepId, l.Round, l.ApproverId, HostileSeeds.NextWeek)));

        foreach (var (label, pick) in new (string, Func<HostileSeeds, SeededLink>)[] { ("decision", s => s.PendingLink), ("call-back", s => s.CallbackLink) })
        {
            Func<string, Func<HostileSeeds, string>, HostileCase> of = label == "decision" ? Decision : Callback;
            yield return of("expired", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, l.Round, l.ApproverId, DateTimeOffset.UtcNow.AddDays(-1)); });
            yield return of("expiring at the end of time", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, l.Round, l.ApproverId, DateTimeOffset.MaxValue); });
            yield return of("expiring past the end of time", s =>
            { var l = pick(s); return SignedTokens.Sign(s.SigningKey, SignedTokens.Payload(l.FilingId, l.StepId, l.Round, l.ApproverId, long.MaxValue)); });
            yield return of("expiring before the start of time", s =>
            { var l = pick(s); return SignedTokens.Sign(s.SigningKey, SignedTokens.Payload(l.FilingId, l.StepId, l.Round, l.ApproverId, long.MinValue)); });
            yield return of("version 2", s => { var l = pick(s); return SignedTokens.Sign(s.SigningKey, SignedTokens.Payload(l.FilingId, l.StepId, l.Round, l.ApproverId, HostileSeeds.NextWeek, version: 2)); });
            yield return of("an id running past the end", s => Bent(s, pick(s), p => { p[^(System.Text.Encoding.UTF8.GetByteCount(pick(s).ApproverId) + 1)] = 255; return p; }));
            yield return of("a byte left over", s => Bent(s, pick(s), p => [.. p, 0]));
            yield return of("an empty approver id", s => Bent(s, pick(s), p => [.. p[..^(System.Text.Encoding.UTF8.GetByteCount(pick(s).ApproverId) + 1)], 0]));
            yield return of("invalid UTF-8 in the approver id", s => Bent(s, pick(s), p => { p[^1] = 0xFF; return p; }));
            yield return of("nothing but the version", s => SignedTokens.Sign(s.SigningKey, [1]));
            yield return of("another approver", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, l.Round, "street:QH01:nobody"); });
            yield return of("an approver id with markup", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, l.Round, HostileFilings.Script); });
            yield return of("round 99", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, 99, l.ApproverId); });
            yield return of("round -1", s => { var l = pick(s); return s.Sign(l.FilingId, l.StepId, -1, l.ApproverId); });
            yield return of("another key", s => { var l = pick(s); return SignedTokens.Sign(new byte[32], l.FilingId, l.StepId, l.Round, l.ApproverId, HostileSeeds.NextWeek); });
        }
        yield return Decision("an unknown step", s => s.Sign(s.PendingLink.FilingId, "nosuchstep", s.PendingLink.Round, s.PendingLink.ApproverId));
        yield return Decision("the call-back step", s => s.Sign(s.Rejected.Id, "callback", 0, s.CallbackLink.ApproverId));
        yield return Callback("a decision step", s => s.Sign(s.PendingLink.FilingId, s.PendingLink.StepId, s.PendingLink.Round, s.PendingLink.ApproverId));
        yield return Callback("a filing with no call-back", s => s.Sign(s.Pending.Id, "callback", 0, s.CallbackLink.ApproverId));
        yield return Decision("a step already returned", s => s.ReturnedLink.Token);
        yield return HostileCase.Of("POST /api/decisions/{signed, a step already returned}", s => Post(Decisions + s.ReturnedLink.Token).Browser().Form(("verdict", "approve")))
            with { Expect = Expect.Refused() };
        yield return HostileCase.Of("GET /api/decisions/{genuine}: markup shown escaped", s => Get(Decisions + s.PendingLink.Token).Browser()) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("GET /api/callbacks/{genuine}: markup shown escaped", s => Get(Callbacks + s.CallbackLink.Token).Browser()) with { Expect = Expect.ShowsMarkupEscaped() };
        yield return HostileCase.Of("GET /api/decisions/{a call-back token}", s => Get(Decisions + s.CallbackLink.Token).Browser()) with { Expect = Expect.Refused() };
        yield return HostileCase.Of("GET /api/callbacks/{a decision token}", s => Get(Callbacks + s.PendingLink.Token).Browser()) with { Expect = Expect.Refused() };
    }

    /// <summary>Genuine links with forms that must decide or record nothing.</summary>
    private static IEnumerable<HostileCase> Forms()
    {
        foreach (var (label, body, status) in FormBodies.All())
        {
            yield return HostileCase.Of($"POST /api/decisions/{{token}}: {label}", s => body(Post(Decisions + s.PendingLink.Token).Browser()))
                with { Expect = status is { } d ? Expect.Status(d) : null };
            yield return HostileCase.Of($"POST /api/callbacks/{{token}}: {label}", s => body(Post(Callbacks + s.CallbackLink.Token).Browser()))
                with { Expect = status is { } c ? Expect.Status(c) : null };
        }
        yield return HostileCase.Of("POST /api/decisions/{token}: multipart never closed, API client", s => Post(Decisions + s.PendingLink.Token).Json().UnclosedMultipart())
            with { Expect = Expect.Status(400) };
        yield return HostileCase.Of("POST /api/callbacks/{token}: multipart never closed, API client", s => Post(Callbacks + s.CallbackLink.Token).UnclosedMultipart())
            with { Expect = Expect.Status(400) };

        HostileRequest Decide(HostileSeeds s, params (string, string)[] fields) => Post(Decisions + s.PendingLink.Token).Browser().Form(fields);
        foreach (var (label, fields) in new (string, (string, string)[])[]
        {
            ("verdict a number", [("verdict", "1")]), ("verdict 99", [("verdict", "99")]), ("verdict empty", [("verdict", "")]),
            ("verdict markup", [("verdict", HostileFilings.Script)]), ("no verdict, markup reason", [("reason", HostileFilings.Script)]),
            ("reject without a reason", [("verdict", "reject")]), ("reject with a 1,001-character reason", [("verdict", "reject"), ("reason", new string('因', 1_001))]),
            ("Approve,Reject without a reason", [("verdict", "Approve,Reject")]), ("an empty verdict first", [("verdict", ""), ("verdict", "approve")]),
        })
            yield return HostileCase.Of($"POST /api/decisions/{{token}}: {label}", s => Decide(s, fields)) with { Expect = Expect.Status(422) };
        yield return HostileCase.Of("POST /api/decisions/{token}: verdict with a nul", s => Post(Decisions + s.VerdictLinks[3].Token).Browser().Form(("verdict", "approve\0")))
            with { Expect = Expect.Refused() };
        // A verdict is one of approve, reject, return: a comma list of them is no verdict (each link decides once, so each has its own).
        foreach (var (label, fields, link) in new (string, (string, string)[], int)[]
        {
            ("verdict Approve,Approve", [("verdict", "Approve,Approve")], 0),
            ("verdict Reject,Approve with a reason", [("verdict", "Reject,Approve"), ("reason", "不符合")], 1),
            ("verdict Approve,Return with a reason", [("verdict", "Approve,Return"), ("reason", "请补充")], 2),
        })
            yield return HostileCase.Of($"POST /api/decisions/{{token}}: {label}", s => Post(Decisions + s.VerdictLinks[link].Token).Browser().Form(fields))
                with { Expect = Expect.Status(422) };

        HostileRequest Close(HostileSeeds s, params (string, string)[] fields) => Post(Callbacks + s.CallbackLink.Token).Browser().Form(fields);
        foreach (var (label, fields) in new (string, (string, string)[])[]
        {
            ("no notes", []), ("blank notes", [("notes", " \t\r\n ")]), ("1,001-character notes", [("notes", new string('访', 1_001))]),
            ("markup notes over the limit", [("notes", HostileFilings.Script + new string('访', 1_001))]), ("notes under another name", [("Notes ", "已回访")]),
        })
            yield return HostileCase.Of($"POST /api/callbacks/{{token}}: {label}", s => Close(s, fields)) with { Expect = Expect.Status(422) };
    }
}
