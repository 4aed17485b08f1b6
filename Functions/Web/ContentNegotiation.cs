using Microsoft.Net.Http.Headers;

namespace Reopen.Functions.Web;

/// <summary>One URL, two audiences: a page for people, JSON for clients that ask for it.</summary>
public static class ContentNegotiation
{
    public static bool WantsJson(this HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => (a.Quality ?? 1) > 0
            && (a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || a.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));
}
