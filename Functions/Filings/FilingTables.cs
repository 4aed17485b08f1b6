namespace Reopen.Functions.Filings;

/// <summary>The tables of the filing feature (unprefixed; the storage options add the prefix).</summary>
internal static class FilingTables
{
    /// <summary>One row per filing: the document without its roster.</summary>
    public const string Filings = "Filings";

    /// <summary>One row per person (一人一档): PartitionKey = filing id, RowKey = zero-padded index.</summary>
    public const string Roster = "FilingRoster";

    /// <summary>Which filing holds a credit code; at most one open filing per code.</summary>
    public const string CreditCodes = "FilingCreditCodes";

    /// <summary>Idempotency-Key records of submissions.</summary>
    public const string Idempotency = "FilingIdempotency";
}
