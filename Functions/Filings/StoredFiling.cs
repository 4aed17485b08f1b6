using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// One version of a filing as stored: the document the business sent (version 1) or amended (2, 3, …) and its roster.
/// Personal data: mask it for display (<see cref="Masking"/>), never log it.
/// </summary>
/// <param name="Filing">The document; its <see cref="Filing.Roster"/> holds the roster when it was read, else is empty.</param>
/// <param name="RosterCount">How many people the roster lists, whether or not it was read.</param>
/// <param name="UpdatedAt">When this version was written.</param>
public sealed record StoredFiling(string FilingId, Filing Filing, int RosterCount, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt)
{
    public IReadOnlyList<RosterEntry> Roster => Filing.Roster;

    /// <summary>1 as submitted; one more for each accepted amendment (see <see cref="FilingVersions"/>).</summary>
    public int Version { get; init; } = FilingVersions.First;

    /// <summary>The version whose roster rows this version lists: its own, or an earlier one when the roster did not change.</summary>
    public int RosterVersion { get; init; } = FilingVersions.First;

    internal string RosterHash { get; init; } = "";

    /// <summary>Salted hash of the access code; only <see cref="AccessCodes"/> looks at it.</summary>
    internal string AccessCodeHash { get; init; } = "";
}
