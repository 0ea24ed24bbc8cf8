using System.Globalization;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// A program item's time in the event's zone. Stored as UTC; shown as the event's local time:
/// "10:00–11:30 JST" in English, 「9:15–9:25（日本時間）」 in Japanese (the zone's stored Japanese name).
/// </summary>
public sealed record TimeSlot(DateTimeOffset Start, DateTimeOffset? End, string ZoneAbbreviation)
{
    /// <summary>The zone's name in Japanese as staff wrote it (日本時間); without it Japanese pages show the English abbreviation, marked as English.</summary>
    public string? ZoneNameJa { get; init; }

    public string StartIso => Start.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
    public string? EndIso => End?.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>"09:15" in English; 「9:15」 in Japanese, as Japanese pages write times.</summary>
    public string StartText => Start.ToString(HourFormat, CultureInfo.InvariantCulture);
    public string? EndText => End?.ToString(HourFormat, CultureInfo.InvariantCulture);

    /// <summary>The zone as the page's language names it: "JST", 「日本時間」.</summary>
    public Localized Zone => Localized.Pick(ZoneAbbreviation, ZoneNameJa);

    /// <summary>"10:00–11:30 JST"; 「9:15–9:25（日本時間）」.</summary>
    public string Text
    {
        get
        {
            var range = End is null ? StartText : $"{StartText}–{EndText}";
            return SiteLanguages.IsJapanese ? $"{range}（{Zone.Text}）" : $"{range} {ZoneAbbreviation}";
        }
    }

    private static string HourFormat => SiteLanguages.IsJapanese ? "H:mm" : "HH:mm";
}

public static class EventTime
{
    public static TimeSlot? Slot(DateTime? startUtc, DateTime? endUtc, string timeZoneId, string timeZoneName, string? timeZoneNameJa = null)
    {
        if (startUtc is null)
        {
            return null;
        }

        var zone = Zone(timeZoneId);
        return new TimeSlot(ToLocal(startUtc.Value, zone), endUtc is null ? null : ToLocal(endUtc.Value, zone), Abbreviate(timeZoneName))
        {
            ZoneNameJa = string.IsNullOrWhiteSpace(timeZoneNameJa) ? null : timeZoneNameJa,
        };
    }

    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset ToLocal(DateTime utc, TimeZoneInfo zone)
    {
        var asUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(asUtc).ToOffset(zone.GetUtcOffset(asUtc));
    }

    /// <summary>False for a wall-clock time the zone skips (clocks going forward).</summary>
    public static bool Exists(DateOnly date, TimeOnly time, string timeZoneId) =>
        !Zone(timeZoneId).IsInvalidTime(date.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>UTC for a wall-clock time on a date in the event's zone (check <see cref="Exists"/> first).</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone(timeZoneId));

    /// <summary>"Japan Standard Time" → "JST".</summary>
    public static string Abbreviate(string timeZoneName)
    {
        var letters = timeZoneName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).Select(w => w[0]);
        var abbreviation = string.Concat(letters);
        return abbreviation.Length >= 2 ? abbreviation : timeZoneName;
    }
}
