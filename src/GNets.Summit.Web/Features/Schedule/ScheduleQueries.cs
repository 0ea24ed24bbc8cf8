using System.Security.Cryptography;
using System.Text;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Program;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Schedule;

/// <summary>An event's program as the c3voc/frab schedule formats describe it, ready to be written as XML or JSON.</summary>
public sealed record ScheduleExport(
    string Acronym, string Title, string BaseUrl, string ProgramUrl, string TimeZoneId, DateOnly Start, DateOnly End,
    IReadOnlyList<ScheduleRoom> Rooms, IReadOnlyList<ScheduleDay> Days, DateTime LastModifiedUtc);

public sealed record ScheduleRoom(string Name, Guid Uid);

public sealed record ScheduleDay(int Index, DateOnly Date, DateTimeOffset DayStart, DateTimeOffset DayEnd, IReadOnlyList<ScheduleSlot> Slots);

public sealed record SchedulePerson(string Name, Guid Uid);

public sealed record ScheduleSlot(
    int Id, Guid Uid, string Slug, string Title, string? Subtitle, string Type, string Track, string Room,
    DateTimeOffset Start, TimeSpan Duration, string Abstract, string? Description, string Url, IReadOnlyList<SchedulePerson> Persons)
{
    /// <summary>The language of the slot's texts ("en", "ja"): the export's, or "en" where a title had no translation.</summary>
    public string Language { get; init; } = "en";

    public DateTimeOffset End => Start + Duration;
}

/// <summary>
/// Projects the program (<see cref="ProgramQueries"/>) into the schedule export, in the language of the
/// request (the Japanese edition's files are under /ja). Item types stay English words: apps read them as codes.
/// </summary>
public sealed class ScheduleQueries(ProgramQueries program, SummitDbContext db, IOptions<SiteOptions> options)
{
    /// <summary>The room of an item held away from the venue (the site visit), whose place the program does not give.</summary>
    public const string OffSiteRoom = "Off-site";

    public const string OnlineRoom = "Online";

    /// <summary>A fixed namespace for this site's UUID v5 identifiers (RFC 9562 §5.5), so guids never change between exports.</summary>
    private static readonly Guid Namespace = new("5d0c7f3e-2b4a-4f1e-9c55-8a1d6b2e4c70");

    public async Task<ScheduleExport?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        if (await program.ForEventAsync(eventSlug, ct) is not { } page)
        {
            return null;
        }

        var site = options.Value;
        var format = await db.Events.AsNoTracking().Where(e => e.Slug == eventSlug).Select(e => e.Format).SingleAsync(ct);
        var zone = EventTime.Zone(page.Event.TimeZoneId);
        var id = 0;
        var days = page.Days.Select((day, index) =>
        {
            var dayStart = Midnight(day.Date, zone);
            var dayEnd = Midnight(day.Date.AddDays(1), zone);
            var slots = day.Items.Select(item =>
            {
                // The formats require a start and a duration for every item, but the program gives most items only
                // their day. Such an item is written as a slot filling the whole day (00:00, 24:00) and says so in
                // its description, rather than inventing a time; an item whose end is not known lasts 00:00.
                var (start, duration) = item.Time is { } time
                    ? (time.Start, (time.End ?? time.Start) - time.Start)
                    : (dayStart, dayEnd - dayStart);
                var description = item.Time is null
                    ? Display.T("The program gives no time for this item, only its day; it is listed as lasting the whole day.")
                    : item.Time.End is null ? Display.T("The program gives no end time for this item.") : null;
                var people = item.Moderators.Concat(item.Speakers.Select(s => s.Person)).DistinctBy(p => p.Slug)
                    .Select(p => new SchedulePerson(p.FullName, Uuid5($"person:{p.Slug}")))
                    .ToList();
                var type = SiteLanguages.In(SiteLanguage.En, () => Display.Label(item.Kind)).ToLowerInvariant();
                return new ScheduleSlot(
                    ++id, Uuid5($"event:{page.Event.Slug}:item:{item.Slug}"), $"{page.Event.Slug}-{item.Slug}",
                    item.Title.Text, item.Theme?.Text, type, item.Theme?.Text ?? Display.Label(item.Kind),
                    RoomOf(item, format, page.Venue.Name.Text), start, duration, Abstract(item), description,
                    site.Absolute(SiteUrls.ProgramItem(page.Event.Slug, item.Slug)), people)
                {
                    Language = item.Title.IsFallback ? SiteLanguage.En.Tag() : SiteLanguages.Current.Tag(),
                };
            }).ToList();
            return new ScheduleDay(index + 1, day.Date, dayStart, dayEnd, slots);
        }).ToList();
        var rooms = days.SelectMany(d => d.Slots).Select(s => s.Room).Distinct()
            .Select(name => new ScheduleRoom(name, Uuid5($"event:{page.Event.Slug}:room:{name}")))
            .ToList();
        // The XML and JSON schemas differ on acronyms: the JSON one allows a hyphen only in "name-2023-suffix",
        // so the slug's hyphens become underscores ("leaders_summit_2023"), which both accept.
        return new ScheduleExport(
            page.Event.Slug.Replace('-', '_'), page.Event.Title.Text, site.Absolute(SiteUrls.Home),
            site.Absolute(SiteUrls.Program(page.Event.Slug)), page.Event.TimeZoneId, page.StartDate, page.EndDate,
            rooms, days, page.Meta.LastModifiedUtc ?? DateTime.UnixEpoch);
    }

    /// <summary>
    /// The venue for items held there; "Online" for an online event; "Off-site" for the site visit, whose place
    /// the program does not name (the calendar feed leaves its location empty for the same reason).
    /// </summary>
    private static string RoomOf(ProgramEntry item, EventFormat format, string venue) =>
        format == EventFormat.Online ? Display.T(OnlineRoom)
        : !ProgramItemPlace.IsAtTheEventVenue(item.Kind) ? Display.T(OffSiteRoom)
        : string.IsNullOrWhiteSpace(venue) ? Display.T("Venue") : venue;

    private static string Abstract(ProgramEntry item)
    {
        var parts = new List<string>();
        if (item.Cities.Count > 0)
        {
            parts.Add(Display.T("Cities: {0}.", Display.List(item.Cities.Select(c => c.LocalName))));
        }

        if (item.Note is { } note && !string.IsNullOrWhiteSpace(note.Text))
        {
            parts.Add(note.Text);
        }

        return string.Join(SiteLanguages.IsJapanese ? "" : " ", parts);
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>A name-based UUID (version 5, SHA-1) in this site's namespace.</summary>
    public static Guid Uuid5(string name)
    {
        // SHA-1 is what RFC 9562 prescribes for version 5; it names, it protects nothing.
#pragma warning disable CA5350
        var bytes = SHA1.HashData([.. Namespace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        var uuid = bytes.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
