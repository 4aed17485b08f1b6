using System.Globalization;

namespace Reopen.Orchestrations.Policy;

/// <summary>Times as the district's people read them: China Standard Time has no daylight saving, so a fixed offset is exact.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The district's calendar day at <paramref name="at"/>.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>2026-03-01 14:05 (Beijing time).</summary>
    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>2026-03-01 14:05:09, where seconds matter (who clicked first).</summary>
    public static string FormatPrecise(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>2026年3月1日, as printed on documents.</summary>
    public static string ChineseDate(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>2 December 2026, the same Beijing calendar day in English.</summary>
    public static string EnglishDate(DateTimeOffset at) => at.ToOffset(Offset).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
