using System.Text;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Notifications;

/// <summary>
/// Text someone typed (a business's name or note, an official's reason) as every email shows it, in the subject, the plain
/// text and the HTML alike: no client may turn it into a link beside the genuine one. Link-like spans are defanged
/// ("https[:]//evil[.]example"), invisible characters that could reorder or hide them dropped; line breaks stay.
/// </summary>
public static class MailText
{
    public static string Inert(string? typed)
    {
        // NFKC first, so that full-width letters and dots are found as the ASCII a client would read them as.
        var text = TypedText.Nfkc(typed ?? "");
        var visible = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (rune.Value is '\n' or '\t' || !TypedText.IsHidden(rune))
                visible.Append(rune.ToString());
        return LinkLikeText.Defang(visible.ToString());
    }
}
