using Reopen.Functions.Filings;

namespace Reopen.Functions.Tests.Filings;

/// <summary>The fixed windows of a filing's access-code budget, the same on every app instance.</summary>
public class AccessCodeWindowTests
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private static readonly DateTimeOffset Boundary = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Instants_of_one_quarter_hour_share_a_window_whatever_their_offset_and_the_next_starts_a_new_one()
    {
        var early = AccessCodeWindow.Containing(Boundary, Quarter);
        var late = AccessCodeWindow.Containing(Boundary.AddMinutes(14).AddSeconds(59).ToOffset(TimeSpan.FromHours(8)), Quarter);
        var next = AccessCodeWindow.Containing(Boundary.AddMinutes(15), Quarter);

        Assert.Equal(early, late);
        Assert.Equal(Boundary.AddMinutes(15), early.End);
        Assert.Equal(early.End, DateTimeOffset.UnixEpoch.AddTicks(next.StartTicks));
    }

    [Fact]
    public void A_row_from_an_earlier_window_counts_nothing_and_a_missing_row_nothing()
    {
        var earlier = AccessCodeWindow.Containing(Boundary.AddMinutes(-1), Quarter);
        var current = AccessCodeWindow.Containing(Boundary, Quarter);

        Assert.Equal(0, current.Counted(earlier.StartTicks, 7));
        Assert.Equal(7, current.Counted(current.StartTicks, 7));
        Assert.Equal(0, current.Counted(null, null));
    }

    [Fact]
    public void Retry_after_is_the_rest_of_the_window_in_whole_seconds_and_never_zero()
    {
        var window = AccessCodeWindow.Containing(Boundary, Quarter);

        Assert.Equal(TimeSpan.FromMinutes(15), window.RetryAfter(Boundary));
        Assert.Equal(TimeSpan.FromSeconds(2), window.RetryAfter(window.End.AddSeconds(-1.5)));
        Assert.Equal(TimeSpan.FromSeconds(1), window.RetryAfter(window.End.AddTicks(-1)));
    }
}
