using System.Globalization;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Times on staff pages, in the zone the summit happens in (the featured event's, else Tokyo's) and
/// named, so no one has to convert from UTC: "28 Feb 2023, 10:15 (Japan Standard Time)".
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
        return $"{local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({NameAt(local)})";
    }

    /// <summary>The zone's name at that moment ("Japan Standard Time", or the summer-time name when it applies).</summary>
    public string NameAt(DateTimeOffset local) =>
        Zone.IsDaylightSavingTime(local) ? Zone.DaylightName : Zone.StandardName;

    /// <summary>For a &lt;time datetime&gt; attribute: the moment with its offset.</summary>
    public string Iso(DateTime utc) => EventTime.ToLocal(utc, Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
