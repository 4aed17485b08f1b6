namespace Reopen.Functions.Tests.Hostile;

/// <summary>Path segments a hostile client puts where an id or a key goes, as they appear on the wire (already percent-encoded).</summary>
public static class HostileIds
{
    public static readonly (string Label, string Segment)[] All =
    [
        ("quote", "'"),
        ("encoded quote", "%27"),
        ("nul", "%00"),
        ("dot-dot slash", "..%2f..%2fProcesses"),
        ("OData filter", "x'%20or%20PartitionKey%20ne%20'"),
        ("OData function", "x')%20or%20startswith(RowKey,'"),
        ("2,000 characters", new string('F', 2000)),
        ("7,000 characters", new string('A', 7000)),
        ("Chinese", "%E5%A4%87%E6%A1%88"),
        ("bidi override", "F260301%E2%80%AEAAAAAAAAA"),
        ("zero-width space", "F260301%E2%80%8BAAAAAAAAA"),
        ("markup", "%3Cscript%3Ealert('xss')%3C%2Fscript%3E"),
        ("CRLF", "F260301%0D%0AX-Injected:%201"),
        ("backslash", "a%5Cb"),
        ("hash", "a%23b"),
        ("question mark", "a%3Fb"),
        ("overlong UTF-8", "%C0%AE%C0%AE"),
        ("invalid UTF-8", "%FF%FE"),
        ("well-formed, unknown", "F260301AAAAAAAAAA"),
    ];
}
