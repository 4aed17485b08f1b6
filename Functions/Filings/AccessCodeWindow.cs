namespace Reopen.Functions.Filings;

/// <summary>
/// One fixed window of a filing's access-code budget. Windows are aligned to the Unix epoch, so every app instance puts
/// the same instant in the same window without agreeing on anything else.
/// </summary>
internal readonly record struct AccessCodeWindow(long StartTicks, TimeSpan Length)
{
    public static AccessCodeWindow Containing(DateTimeOffset now, TimeSpan length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        var ticks = (now - DateTimeOffset.UnixEpoch).Ticks;
        return new(ticks - ticks % length.Ticks, length);
    }

    public DateTimeOffset End => DateTimeOffset.UnixEpoch.AddTicks(StartTicks) + Length;

    /// <summary>Wrong codes counted in this window, given what the filing's row holds (a row from an earlier window counts none).</summary>
    public int Counted(long? rowStartTicks, int? rowCount) => rowStartTicks == StartTicks ? rowCount ?? 0 : 0;

    /// <summary>Whole seconds until the window ends, at least one: the Retry-After of a refusal.</summary>
    public TimeSpan RetryAfter(DateTimeOffset now) => TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((End - now).TotalSeconds)));
}
