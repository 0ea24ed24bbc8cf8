using System.Globalization;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>A program item's time in the event's zone. Stored as UTC; shown as the event's local time.</summary>
public sealed record TimeSlot(DateTimeOffset Start, DateTimeOffset? End, string ZoneAbbreviation)
{
    public string StartIso => Start.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
    public string? EndIso => End?.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
    public string StartText => Start.ToString("HH:mm", CultureInfo.InvariantCulture);
    public string? EndText => End?.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"10:00–11:30 JST".</summary>
    public string Text => End is null ? $"{StartText} {ZoneAbbreviation}" : $"{StartText}–{EndText} {ZoneAbbreviation}";
}

public static class EventTime
{
    public static TimeSlot? Slot(DateTime? startUtc, DateTime? endUtc, string timeZoneId, string timeZoneName)
    {
        if (startUtc is null)
        {
            return null;
        }

        var zone = Zone(timeZoneId);
        return new TimeSlot(ToLocal(startUtc.Value, zone), endUtc is null ? null : ToLocal(endUtc.Value, zone), Abbreviate(timeZoneName));
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
