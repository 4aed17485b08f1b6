using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Supervision;

/// <summary>The firm a plan is made for, as its permit says.</summary>
public sealed record FollowUpSubject(string FilingId, BusinessCategory Category, BusinessScale Scale, DateTimeOffset PermittedAt);

/// <summary>
/// One follow-up: <paramref name="Key"/> is unique within the filing and stable ("lookback-1", "spotcheck", "selfcheck-03"),
/// so planning twice plans the same rows and every message sent for it has a stable key.
/// </summary>
public sealed record PlannedFollowUp(string Key, FollowUpKind Kind, DateTimeOffset DueAt);

/// <summary>Plans a permitted firm's follow-ups from the district's rules; the spot-check draw is a pure function of the filing id.</summary>
public static class FollowUpPlanner
{
    public static IReadOnlyList<PlannedFollowUp> Plan(SupervisionRules rules, FollowUpSubject subject)
    {
        var plan = new List<PlannedFollowUp>();
        for (var i = 0; i < rules.LookBacksAfter.Count; i++)
            plan.Add(new($"lookback-{i + 1}", FollowUpKind.LookBack, subject.PermittedAt + rules.LookBacksAfter[i]));

        var (draw, when) = Draws(subject.FilingId);
        var rate = rules.SpotCheckRate(subject.Category, subject.Scale);
        // Unannounced: the day falls anywhere in the window, so a firm cannot tell it from the look-backs.
        if (draw < rate)
            plan.Add(new("spotcheck", FollowUpKind.SpotCheck, subject.PermittedAt + rules.SpotChecks.Within * when));

        if (rules.SelfChecks.Categories.Contains(subject.Category))
            for (var day = 1; day <= rules.SelfChecks.Times; day++)
                plan.Add(new($"selfcheck-{day:00}", FollowUpKind.SelfCheckReminder, subject.PermittedAt + rules.SelfChecks.Every * day));

        return plan.OrderBy(p => p.DueAt).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Two independent numbers in [0, 1) from the filing id: whether it is drawn, and where in the window.</summary>
    internal static (double Draw, double When) Draws(string filingId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("spot-check\n" + filingId));
        return (Unit(hash.AsSpan(0, 8)), Unit(hash.AsSpan(8, 8)));
    }

    private static double Unit(ReadOnlySpan<byte> bytes) => (BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 11) / (double)(1UL << 53);
}
