using System.Globalization;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Times on staff pages, in the zone the summit happens in (the featured event's, else Tokyo's) and
/// named, so no one has to convert from UTC: "28 Feb 2023, 10:15 (Japan Standard Time)", or in the
/// Japanese admin "2023年2月28日（火）10:15（日本時間）".
/// </summary>
public sealed class StaffTime(SummitDbContext db)
{
    public const string DefaultZoneId = "Asia/Tokyo";

    private TimeZoneInfo? zone;

    public TimeZoneInfo Zone => zone ??= EventTime.Zone(
        db.Events.AsNoTracking().Where(e => e.IsFeatured).Select(e => e.TimeZoneId).FirstOrDefault() ?? DefaultZoneId);

    /// <summary>"28 Feb 2023, 10:15 (Japan Standard Time)".</summary>
    public string Format(DateTime utc)
    {
        var local = EventTime.ToLocal(utc, Zone);
        return SiteLanguages.IsJapanese
            ? $"{Features.Shared.Display.Day(DateOnly.FromDateTime(local.DateTime))}{local.ToString("H:mm", CultureInfo.InvariantCulture)}（{JapaneseNameAt(local)}）"
            : $"{local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({NameAt(local)})";
    }

    /// <summary>The zone's name at that moment ("Japan Standard Time", or the summer-time name when it applies).</summary>
    public string NameAt(DateTimeOffset local) =>
        Zone.IsDaylightSavingTime(local) ? Zone.DaylightName : Zone.StandardName;

    /// <summary>"日本時間" for Tokyo, as the host writes it; another zone by its offset ("UTC+01:00").</summary>
    private string JapaneseNameAt(DateTimeOffset local) =>
        Zone.Id is DefaultZoneId or "Tokyo Standard Time"
            ? "日本時間"
            : "UTC" + local.ToString("zzz", CultureInfo.InvariantCulture);

    /// <summary>For a &lt;time datetime&gt; attribute: the moment with its offset.</summary>
    public string Iso(DateTime utc) => EventTime.ToLocal(utc, Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
