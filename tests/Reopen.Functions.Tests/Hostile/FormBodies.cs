using System.Text;

namespace Reopen.Functions.Tests.Hostile;

/// <summary>Form bodies no page can take as a form, or only barely: cut short, mislabelled, over the form reader's limits.</summary>
public static class FormBodies
{
    private const string Boundary = "hostile-boundary";
    private const string Multipart = "multipart/form-data; boundary=" + Boundary;

    /// <summary>The first part, never followed by its closing boundary (issue 6, defect 1: answered 500).</summary>
    public static HostileRequest UnclosedMultipart(this HostileRequest request) =>
        request.Content(Multipart, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"accessCode\"\r\n\r\nABCD2345");

    /// <summary>(label, body, the status a fixed app answers; null where several are right).</summary>
    public static IEnumerable<(string Label, Func<HostileRequest, HostileRequest> Body, int? Status)> All()
    {
        yield return ("multipart never closed", r => r.UnclosedMultipart(), 400);
        yield return ("multipart cut inside a header", r => r.Content(Multipart, $"--{Boundary}\r\nContent-Disposi"), 400);
        yield return ("multipart without a boundary", r => r.Content("multipart/form-data", "a=b"), 400);
        yield return ("multipart with an empty boundary", r => r.Content("multipart/form-data; boundary=", "a=b"), 400);
        yield return ("multipart without Content-Disposition", r => r.Content(Multipart, $"--{Boundary}\r\nX-Part: 1\r\n\r\nx\r\n--{Boundary}--\r\n"), 400);
        yield return ("multipart part header over 16 KB", r => r.Content(Multipart,
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: {new string('h', 17_000)}\r\n\r\nx\r\n--{Boundary}--\r\n"), 400);
        yield return ("multipart Content-Length longer than the body", r => r.Content(Multipart,
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"accessCode\"\r\n\r\nAB") with { DeclaredLength = 2_000 }, null);
        yield return ("urlencoded Content-Length longer than the body", r => r.Form("accessCode=ABCD&verdict=appr") with { DeclaredLength = 2_000 }, null);
        yield return ("urlencoded with an unknown charset", r => r.Content("application/x-www-form-urlencoded; charset=klingon", "accessCode=ABCD2345"), null);
        yield return ("urlencoded with broken escapes", r => r.Form("accessCode=%E0%A4%A&reason=%zz&%=%"), null);
        yield return ("urlencoded with 2,000 fields", r => r.Form(string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"f{i}=x"))), 400);
        yield return ("urlencoded key over 2 KB", r => r.Form(new string('k', 3_000) + "=x"), 400);
        yield return ("urlencoded value over 4 MB", r => r.Form("reason=" + new string('x', 4_200_000)), 400);
        yield return ("JSON instead of a form", r => r.Content("application/json", "{\"accessCode\":\"ABCD2345\"}"), null);
        yield return ("text/plain", r => r.Content("text/plain", "accessCode=ABCD2345"), null);
        yield return ("no content type", r => r with { Body = Encoding.UTF8.GetBytes("accessCode=ABCD2345") }, null);
    }
}
