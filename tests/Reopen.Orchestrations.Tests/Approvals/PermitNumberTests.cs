using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Approvals;

public sealed class PermitNumberTests
{
    private static readonly DateTimeOffset Approved = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Permit_number_has_year_district_and_eight_unambiguous_characters()
    {
        var permit = PermitNumber.For("QH", "F-0001", Approved);

        Assert.Matches("^复工〔2026〕QH-[0-9A-HJ-NP-RTUWXY]{8}$", permit);
        Assert.All(permit[^8..], c => Assert.Contains(c, CreditCode.Alphabet));
    }

    [Fact]
    public void Same_filing_always_gets_the_same_number() =>
        Assert.Equal(PermitNumber.For("QH", "F-0001", Approved), PermitNumber.For("QH", "F-0001", Approved.AddHours(5)));

    [Fact]
    public void Different_filings_get_different_numbers()
    {
        var numbers = Enumerable.Range(0, 10_000).Select(i => PermitNumber.For("QH", $"F-{i:D5}", Approved)).ToHashSet();

        Assert.Equal(10_000, numbers.Count);
    }

    [Fact]
    public void Year_is_the_Beijing_year_of_approval() =>
        Assert.StartsWith("复工〔2027〕", PermitNumber.For("QH", "F-0001", new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero)));
}
