namespace Reopen.Functions.Web;

/// <summary>A people-facing page: its title and body; the layout adds the document, styles, header and language switch.</summary>
public sealed record HtmlPage(string Title, Html Body)
{
    /// <summary>Reload the page every so many seconds (the dev outbox uses it).</summary>
    public int? RefreshSeconds { get; init; }

    /// <summary>Extra CSS class on body, e.g. "print-a4" for a placard.</summary>
    public string? BodyClass { get; init; }

    /// <summary>
    /// For a page shown in answer to a form post (e.g. after the access code): the hidden fields the language switch
    /// posts again, so switching shows this page in the other language instead of dropping the reader back to a form.
    /// Null: the switch is a plain link.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? RepostFields { get; init; }

    /// <summary>Where the switch posts <see cref="RepostFields"/> (default: the current path), e.g. the page's own URL when it answered another form.</summary>
    public string? RepostPath { get; init; }

    /// <summary>This page, with a language switch that posts these fields to <paramref name="path"/>.</summary>
    public HtmlPage Reposting(string? path, params (string Name, string Value)[] fields) => this with
    {
        RepostPath = path,
        RepostFields = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToArray(),
    };
}
