using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// A filing as stored: the document the business sent (or last amended) and its roster. Personal data: mask it for
/// display (<see cref="Masking"/>), never log it.
/// </summary>
/// <param name="Filing">The document; its <see cref="Filing.Roster"/> holds the roster when it was read, else is empty.</param>
/// <param name="RosterCount">How many people the roster lists, whether or not it was read.</param>
public sealed record StoredFiling(string FilingId, Filing Filing, int RosterCount, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt)
{
    public IReadOnlyList<RosterEntry> Roster => Filing.Roster;

    /// <summary>Salted hash of the access code; only <see cref="AccessCodes"/> looks at it.</summary>
    internal string AccessCodeHash { get; init; } = "";
}
