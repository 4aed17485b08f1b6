using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Callbacks;

/// <summary>The posted call-back record.</summary>
internal sealed record CallbackForm(string Notes)
{
    public const int MaxNotesLength = FilingLimits.NoteLength;

    public static async Task<CallbackForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return new("");
        var form = await PostedForm.ReadAsync(request, ct);
        return new(form["notes"].FirstOrDefault() ?? "");
    }

    public IReadOnlyList<string> Errors(Texts t)
    {
        var notes = Notes.Trim();
        if (notes.Length == 0) return [t["callback.form.error.notesRequired"]];
        if (notes.Length > MaxNotesLength) return [t.T("callback.form.error.notesTooLong", MaxNotesLength, notes.Length)];
        return [];
    }
}
