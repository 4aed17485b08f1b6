namespace Reopen.Functions.Web;

/// <summary>A people-facing page: its title and body; the layout adds the document, styles, header and language switch.</summary>
public sealed record HtmlPage(string Title, Html Body)
{
    /// <summary>Reload the page every so many seconds (the dev outbox uses it).</summary>
    public int? RefreshSeconds { get; init; }

    /// <summary>Extra CSS class on body, e.g. "print-a4" for a placard.</summary>
    public string? BodyClass { get; init; }
}
