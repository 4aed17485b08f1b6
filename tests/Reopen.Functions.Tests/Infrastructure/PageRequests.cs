namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>Pages as a browser gets them: the answer and its HTML, for a link followed or a form submitted.</summary>
public static class PageRequests
{
    public static Task<(HttpResponseMessage Response, string Html)> GetPageAsync(this HttpClient client, string url) =>
        client.SendForPageAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public static Task<(HttpResponseMessage Response, string Html)> PostFormAsync(this HttpClient client, string url,
        params (string Name, string Value)[] fields) =>
        client.SendForPageAsync(FormPost(url, fields));

    /// <summary>A form submission as a browser sends it (application/x-www-form-urlencoded), for a caller to add headers to.</summary>
    public static HttpRequestMessage FormPost(string url, IEnumerable<(string Name, string Value)> fields) =>
        new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) };

    public static async Task<(HttpResponseMessage Response, string Html)> SendForPageAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }
}
