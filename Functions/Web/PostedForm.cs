namespace Reopen.Functions.Web;

/// <summary>Every page reads its posted form here, so a body the app cannot read is one 400 everywhere.</summary>
public static class PostedForm
{
    /// <summary>Where a page's form posts: back to the page's own path, behind any path base.</summary>
    public static string ActionOf(HttpRequest request) => request.PathBase.Add(request.Path).ToUriComponent();

    /// <summary>
    /// The form; a body cut short (IOException from the multipart reader) or malformed becomes InvalidDataException, the
    /// client's 400, as ASP.NET's own form binding treats them. Kestrel's BadHttpRequestException (truncated, too large)
    /// keeps its status, and an aborted request is left to the framework.
    /// </summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (IOException e) when (e is not BadHttpRequestException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            throw new InvalidDataException("The form ended before its last part.", e);
        }
    }
}
