using System.Text;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Api;

/// <summary>
/// The open data's reads: each projects straight from the store into the API's records (never an entity),
/// untracked, in one query (two for an event's program and participations, which first check the event).
/// The helpers that build URLs and codes run on the rows EF returns (client evaluation of the final projection).
/// </summary>
public sealed class OpenDataQueries(SummitDbContext db, IOptions<SiteOptions> options)
{
    private readonly SiteOptions site = options.Value;

    public async Task<Dated<List<ApiEventSummary>>> EventsAsync(CancellationToken ct)
    {
        var rows = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new
            {
                Value = new ApiEventSummary(
                    e.Slug, e.Title, e.TitleJa, e.ShortTitle, e.ShortTitleJa, Code(e.Kind), Code(EventLevels.Of(e.Kind)), e.StartDate, e.EndDate,
                    Code(e.Format), Code(e.Status), e.Participations.Select(p => p.CityId).Distinct().Count(), e.ReportedCityCount, e.SourceUrl,
                    site.Absolute(SiteUrls.Event(e.Slug)), JaUrl(site, SiteUrls.Event(e.Slug)),
                    site.Absolute(SiteUrls.ApiEvent(e.Slug)), Code(e.JaStatus)),
                e.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        return new(rows.Select(r => r.Value).ToList(), Latest(rows.Select(r => r.UpdatedAtUtc)));
    }

    public async Task<Dated<ApiEvent>?> EventAsync(string eventSlug, CancellationToken ct)
    {
        var row = await db.Events.AsNoTracking().Where(e => e.Slug == eventSlug)
            .Select(e => new
            {
                Value = new ApiEvent(
                    e.Slug, e.Title, e.TitleJa, e.ShortTitle, e.ShortTitleJa, Code(e.Kind), Code(EventLevels.Of(e.Kind)),
                    e.Theme, e.ThemeJa, e.Summary, e.SummaryJa,
                    e.StartDate, e.EndDate, e.TimeZoneId, Code(e.Format), Code(e.Status),
                    e.Host, e.HostJa, new ApiVenue(e.VenueName, e.VenueNameJa, e.VenueStreet, e.VenueLocality, e.VenueRegion, e.VenuePostalCode, e.VenueCountryCode),
                    e.Participations.Select(p => p.CityId).Distinct().Count(),
                    e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.SourceUrl,
                    site.Absolute(SiteUrls.Event(e.Slug)), JaUrl(site, SiteUrls.Event(e.Slug)),
                    site.Absolute(SiteUrls.ApiEvent(e.Slug)), site.Absolute(SiteUrls.ApiProgram(e.Slug)),
                    site.Absolute(SiteUrls.ApiParticipations(e.Slug)), e.Communique != null && e.Communique.IsPublished ? site.Absolute(SiteUrls.ApiCommunique(e.Slug)) : null, Code(e.JaStatus)),
                e.UpdatedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new(row.Value, row.UpdatedAtUtc);
    }

    public async Task<Dated<ApiProgram>?> ProgramAsync(string eventSlug, CancellationToken ct)
    {
        if (await EventRefAsync(eventSlug, ct) is not { } found)
        {
            return null;
        }

        var days = await db.Set<ProgramDay>().AsNoTracking().Where(d => d.Event.Slug == eventSlug).OrderBy(d => d.Date)
            .Select(d => new
            {
                Value = new ApiProgramDay(d.Date, d.Title, d.TitleJa, d.Items.OrderBy(i => i.SortOrder).Select(i => new ApiProgramItem(
                    i.Slug, i.Title, i.TitleJa, Code(i.Kind), i.Theme != null ? i.Theme.Name : null, i.Theme != null ? i.Theme.NameJa : null,
                    Utc(i.StartsAtUtc), Utc(i.EndsAtUtc), i.Note, i.NoteJa,
                    i.People.OrderBy(p => p.SortOrder).Select(p => new ApiAppearance(
                        PersonRef(site, p.Person.Slug, p.Person.GivenName, p.Person.FamilyName, p.Person.NameOrder, p.Person.NameJa),
                        Code(p.Role), Code(p.Appearance))).ToList(),
                    i.Cities.OrderBy(c => c.SortOrder).Select(c => CityRef(site, c.City.Slug, c.City.Name, c.City.NameJa, c.City.CountryCode)).ToList(),
                    site.Absolute(SiteUrls.ProgramItem(eventSlug, i.Slug)), JaUrl(site, SiteUrls.ProgramItem(eventSlug, i.Slug)), Code(i.JaStatus))).ToList()),
                d.UpdatedAtUtc,
                ItemsUpdated = d.Items.Max(i => (DateTime?)i.UpdatedAtUtc),
            })
            .ToListAsync(ct);
        return new(new ApiProgram(found.Ref, found.TimeZone, days.Select(d => d.Value).ToList()),
            Latest(days.Select(d => d.UpdatedAtUtc).Concat(days.Select(d => d.ItemsUpdated ?? DateTime.MinValue)).Append(found.UpdatedAtUtc)));
    }

    public async Task<Dated<ApiParticipations>?> ParticipationsAsync(string eventSlug, CancellationToken ct)
    {
        if (await EventRefAsync(eventSlug, ct) is not { } found)
        {
            return null;
        }

        var rows = await db.Set<Participation>().AsNoTracking().Where(p => p.Event.Slug == eventSlug)
            .OrderBy(p => p.City.Name).ThenBy(p => p.Kind.SortOrder)
            .Select(p => new
            {
                Value = new ApiParticipation(CityRef(site, p.City.Slug, p.City.Name, p.City.NameJa, p.City.CountryCode), p.Kind.Slug, p.Kind.Name, p.Kind.NameJa),
                CityUpdated = p.City.UpdatedAtUtc,
                KindUpdated = p.Kind.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        return new(new ApiParticipations(found.Ref, found.ReportedCityCount, found.ParticipationNote, found.ParticipationNoteJa, rows.Select(r => r.Value).ToList()),
            Latest(rows.Select(r => r.CityUpdated).Concat(rows.Select(r => r.KindUpdated)).Append(found.UpdatedAtUtc)));
    }

    public async Task<Dated<List<ApiParticipationKind>>> ParticipationKindsAsync(CancellationToken ct)
    {
        var rows = await db.Set<ParticipationKind>().AsNoTracking().OrderBy(k => k.SortOrder).ThenBy(k => k.Slug)
            .Select(k => new { Value = new ApiParticipationKind(k.Slug, k.Name, k.NameJa, k.Phrase, k.PhraseJa, k.SortOrder, Code(k.JaStatus)), k.UpdatedAtUtc })
            .ToListAsync(ct);
        return new(rows.Select(r => r.Value).ToList(), Latest(rows.Select(r => r.UpdatedAtUtc)));
    }

    public async Task<Dated<ApiCommunique>?> CommuniqueAsync(string eventSlug, CancellationToken ct)
    {
        var row = await db.Set<Data.Entities.Communique>().AsNoTracking().Where(c => c.Event.Slug == eventSlug && c.IsPublished)
            .Select(c => new
            {
                Value = new ApiCommunique(
                    EventRef(site, c.Event.Slug, c.Event.Title, c.Event.TitleJa, c.Event.IsFeatured), c.Title, c.TitleJa, c.Subtitle, c.SubtitleJa,
                    c.AdoptedOn, site.Absolute(SiteUrls.Communique(eventSlug)), JaUrl(site, SiteUrls.Communique(eventSlug)), Code(c.JaStatus),
                    c.Sections.OrderBy(s => s.SortOrder)
                        .Select(s => new ApiCommuniqueSection(
                            s.Slug, s.Heading, s.HeadingJa, s.BodyMarkdown, s.BodyMarkdownJa,
                            site.Absolute(SiteUrls.CommuniqueSection(eventSlug, s.Slug)), JaUrl(site, SiteUrls.CommuniqueSection(eventSlug, s.Slug)),
                            Code(s.JaStatus)))
                        .ToList()),
                c.UpdatedAtUtc,
                SectionsUpdated = c.Sections.Max(s => (DateTime?)s.UpdatedAtUtc),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new(row.Value, Latest([row.UpdatedAtUtc, row.SectionsUpdated ?? DateTime.MinValue]));
    }

    public async Task<Dated<List<ApiCity>>> CitiesAsync(CancellationToken ct)
    {
        var rows = await db.Cities.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new
            {
                Value = new ApiCity(
                    c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.CountryCode, Code(c.Continent), Code(c.Kind), c.Latitude, c.Longitude,
                    site.Absolute(SiteUrls.City(c.Slug)), JaUrl(site, SiteUrls.City(c.Slug)), site.Absolute(SiteUrls.ApiCity(c.Slug)), Code(c.JaStatus)),
                c.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        return new(rows.Select(r => r.Value).ToList(), Latest(rows.Select(r => r.UpdatedAtUtc)));
    }

    public async Task<Dated<ApiCityDetail>?> CityAsync(string slug, CancellationToken ct)
    {
        var row = await db.Cities.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new
            {
                Value = new ApiCityDetail(
                    c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.CountryCode, Code(c.Continent), Code(c.Kind), c.Latitude, c.Longitude,
                    site.Absolute(SiteUrls.City(c.Slug)), JaUrl(site, SiteUrls.City(c.Slug)), site.Absolute(SiteUrls.ApiCity(c.Slug)), Code(c.JaStatus),
                    c.Participations.OrderBy(p => p.Event.StartDate).ThenBy(p => p.Kind.SortOrder)
                        .Select(p => new ApiCityParticipation(EventRef(site, p.Event.Slug, p.Event.Title, p.Event.TitleJa, p.Event.IsFeatured), p.Kind.Slug, p.Kind.Name, p.Kind.NameJa))
                        .ToList()),
                c.UpdatedAtUtc,
                EventsUpdated = c.Participations.Max(p => (DateTime?)p.Event.UpdatedAtUtc),
                KindsUpdated = c.Participations.Max(p => (DateTime?)p.Kind.UpdatedAtUtc),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null
            : new(row.Value, Latest([row.UpdatedAtUtc, row.EventsUpdated ?? DateTime.MinValue, row.KindsUpdated ?? DateTime.MinValue]));
    }

    public async Task<Dated<List<ApiPerson>>> PeopleAsync(CancellationToken ct)
    {
        var rows = await db.People.AsNoTracking().OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new
            {
                Value = new ApiPerson(
                    p.Slug, PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder), p.NameJa, p.Honorific, p.HonorificJa,
                    p.Position, p.PositionJa, p.Organisation, p.OrganisationJa,
                    site.Absolute(SiteUrls.Person(p.Slug)), JaUrl(site, SiteUrls.Person(p.Slug)), site.Absolute(SiteUrls.ApiPerson(p.Slug)), Code(p.JaStatus)),
                p.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        return new(rows.Select(r => r.Value).ToList(), Latest(rows.Select(r => r.UpdatedAtUtc)));
    }

    public async Task<Dated<ApiPersonDetail>?> PersonAsync(string slug, CancellationToken ct)
    {
        var row = await db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new
            {
                Value = new ApiPersonDetail(
                    p.Slug, PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder), p.NameJa, p.Honorific, p.HonorificJa,
                    p.Position, p.PositionJa, p.Organisation, p.OrganisationJa, p.BioMarkdown, p.BioMarkdownJa,
                    site.Absolute(SiteUrls.Person(p.Slug)), JaUrl(site, SiteUrls.Person(p.Slug)), site.Absolute(SiteUrls.ApiPerson(p.Slug)), Code(p.JaStatus),
                    p.Appearances.OrderBy(a => a.ProgramItem.Event.StartDate).ThenBy(a => a.ProgramItem.Day.Date).ThenBy(a => a.ProgramItem.SortOrder)
                        .Select(a => new ApiPersonAppearance(
                            EventRef(site, a.ProgramItem.Event.Slug, a.ProgramItem.Event.Title, a.ProgramItem.Event.TitleJa, a.ProgramItem.Event.IsFeatured),
                            a.ProgramItem.Slug, a.ProgramItem.Title, a.ProgramItem.TitleJa, Code(a.Role), Code(a.Appearance),
                            site.Absolute(SiteUrls.ProgramItem(a.ProgramItem.Event.Slug, a.ProgramItem.Slug)),
                            JaUrl(site, SiteUrls.ProgramItem(a.ProgramItem.Event.Slug, a.ProgramItem.Slug))))
                        .ToList()),
                p.UpdatedAtUtc,
                ItemsUpdated = p.Appearances.Max(a => (DateTime?)a.ProgramItem.UpdatedAtUtc),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new(row.Value, Latest([row.UpdatedAtUtc, row.ItemsUpdated ?? DateTime.MinValue]));
    }

    /// <summary>
    /// Cities with their participations as CSV (RFC 4180: CRLF, a header row, fields quoted when they hold a comma,
    /// a quote or a line break), one row per city and event and way of taking part. mode is the way's slug; its names
    /// come last (mode_label, mode_label_ja), after the columns of the first version, so readers by position keep working.
    /// </summary>
    public async Task<Dated<string>> CitiesCsvAsync(CancellationToken ct)
    {
        var rows = await db.Set<Participation>().AsNoTracking()
            .OrderBy(p => p.City.Name).ThenBy(p => p.Event.StartDate).ThenBy(p => p.Kind.SortOrder)
            .Select(p => new
            {
                p.City.Slug, p.City.Name, p.City.NameJa, p.City.Country, p.City.CountryJa, p.City.CountryCode, p.City.Continent, p.City.Latitude, p.City.Longitude,
                EventSlug = p.Event.Slug, EventTitle = p.Event.Title, Mode = p.Kind.Slug, ModeLabel = p.Kind.Name, ModeLabelJa = p.Kind.NameJa,
                CityUpdated = p.City.UpdatedAtUtc, EventUpdated = p.Event.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        var csv = new StringBuilder();
        Row(csv, "city_slug", "city", "name_ja", "country", "country_ja", "country_code", "continent", "latitude", "longitude", "event_slug", "event", "mode", "city_url", "mode_label", "mode_label_ja");
        foreach (var r in rows)
        {
            Row(csv, r.Slug, r.Name, r.NameJa ?? "", r.Country, r.CountryJa ?? "", r.CountryCode, Code(r.Continent),
                r.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                r.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                r.EventSlug, r.EventTitle, r.Mode, site.Absolute(SiteUrls.City(r.Slug)), r.ModeLabel, r.ModeLabelJa ?? "");
        }

        return new(csv.ToString(), Latest(rows.Select(r => r.CityUpdated).Concat(rows.Select(r => r.EventUpdated))));
    }

    private sealed record EventRow(ApiEventRef Ref, string TimeZone, int? ReportedCityCount, string? ParticipationNote, string? ParticipationNoteJa, DateTime UpdatedAtUtc);

    private Task<EventRow?> EventRefAsync(string eventSlug, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.Slug == eventSlug)
            .Select(e => new EventRow(EventRef(site, e.Slug, e.Title, e.TitleJa, e.IsFeatured), e.TimeZoneId,
                e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.UpdatedAtUtc))
            .SingleOrDefaultAsync(ct);

    /// <summary>The latest of the records' save times (an empty list: the epoch, so a client's date is never "older").</summary>
    private static DateTime Latest(IEnumerable<DateTime> times) => times.DefaultIfEmpty(DateTime.UnixEpoch).Max();

    private static ApiEventRef EventRef(SiteOptions site, string slug, string title, string? titleJa, bool isFeatured) =>
        new(slug, title, titleJa, site.Absolute(SiteUrls.Event(slug)), JaUrl(site, SiteUrls.Event(slug)),
            site.Absolute(SiteUrls.ApiEvent(slug)));

    private static ApiCityRef CityRef(SiteOptions site, string slug, string name, string? nameJa, string countryCode) =>
        new(slug, name, nameJa, countryCode, site.Absolute(SiteUrls.City(slug)), JaUrl(site, SiteUrls.City(slug)), site.Absolute(SiteUrls.ApiCity(slug)));

    private static ApiPersonRef PersonRef(SiteOptions site, string slug, string given, string family, NameOrder order, string? nameJa) =>
        new(slug, PersonName.Display(given, family, order), nameJa, site.Absolute(SiteUrls.Person(slug)), JaUrl(site, SiteUrls.Person(slug)),
            site.Absolute(SiteUrls.ApiPerson(slug)));

    /// <summary>
    /// A page's Japanese twin, absolute. The API itself has one address (it is English-only with respect to "/ja"), so
    /// the path is built as English and then moved into the Japanese edition, never from the request's language.
    /// </summary>
    private static string JaUrl(SiteOptions site, string englishPath) => site.Absolute(SiteUrls.InLanguage(englishPath, SiteLanguage.Ja));

    /// <summary>Times are stored as UTC; SQLite returns them unmarked, so they are marked here and written with their offset.</summary>
    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    /// <summary>An enum as the API writes it: "VideoMessage" becomes "video-message".</summary>
    private static string Code<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(CsvField(fields[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>A CSV field (RFC 4180 §2): quoted, with quotes doubled, only when it holds a comma, a quote or a line break.</summary>
    public static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
