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

    public Task<List<ApiEventSummary>> EventsAsync(CancellationToken ct) =>
        db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new ApiEventSummary(
                e.Slug, e.Title, e.TitleJa, e.ShortTitle, e.ShortTitleJa, e.StartDate, e.EndDate, Code(e.Format), Code(e.Status),
                e.Participations.Select(p => p.CityId).Distinct().Count(),
                site.Absolute(SiteUrls.Event(e.Slug)), JaUrl(site, SiteUrls.Event(e.Slug)),
                site.Absolute(SiteUrls.ApiEvent(e.Slug)), Code(e.JaStatus)))
            .ToListAsync(ct);

    public Task<ApiEvent?> EventAsync(string eventSlug, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.Slug == eventSlug)
            .Select(e => new ApiEvent(
                e.Slug, e.Title, e.TitleJa, e.ShortTitle, e.ShortTitleJa, e.Theme, e.ThemeJa, e.Summary, e.SummaryJa,
                e.StartDate, e.EndDate, e.TimeZoneId, Code(e.Format), Code(e.Status),
                e.Host, e.HostJa, new ApiVenue(e.VenueName, e.VenueNameJa, e.VenueStreet, e.VenueLocality, e.VenueRegion, e.VenuePostalCode, e.VenueCountryCode),
                e.Participations.Select(p => p.CityId).Distinct().Count(),
                site.Absolute(SiteUrls.Event(e.Slug)), JaUrl(site, SiteUrls.Event(e.Slug)),
                site.Absolute(SiteUrls.ApiEvent(e.Slug)), site.Absolute(SiteUrls.ApiProgram(e.Slug)),
                site.Absolute(SiteUrls.ApiParticipations(e.Slug)), site.Absolute(SiteUrls.ApiCommunique(e.Slug)), Code(e.JaStatus)))
            .SingleOrDefaultAsync(ct);

    public async Task<ApiProgram?> ProgramAsync(string eventSlug, CancellationToken ct)
    {
        if (await EventRefAsync(eventSlug, ct) is not { } found)
        {
            return null;
        }

        var days = await db.Set<ProgramDay>().AsNoTracking().Where(d => d.Event.Slug == eventSlug).OrderBy(d => d.Date)
            .Select(d => new ApiProgramDay(d.Date, d.Title, d.TitleJa, d.Items.OrderBy(i => i.SortOrder).Select(i => new ApiProgramItem(
                i.Slug, i.Title, i.TitleJa, Code(i.Kind), i.Theme != null ? i.Theme.Name : null, i.Theme != null ? i.Theme.NameJa : null,
                Utc(i.StartsAtUtc), Utc(i.EndsAtUtc), i.Note, i.NoteJa,
                i.People.OrderBy(p => p.SortOrder).Select(p => new ApiAppearance(
                    PersonRef(site, p.Person.Slug, p.Person.GivenName, p.Person.FamilyName, p.Person.NameOrder, p.Person.NameJa),
                    Code(p.Role), Code(p.Appearance))).ToList(),
                i.Cities.OrderBy(c => c.SortOrder).Select(c => CityRef(site, c.City.Slug, c.City.Name, c.City.NameJa, c.City.CountryCode)).ToList(),
                site.Absolute(SiteUrls.ProgramItem(eventSlug, i.Slug)), JaUrl(site, SiteUrls.ProgramItem(eventSlug, i.Slug)), Code(i.JaStatus))).ToList()))
            .ToListAsync(ct);
        return new ApiProgram(found.Ref, found.TimeZone, days);
    }

    public async Task<ApiParticipations?> ParticipationsAsync(string eventSlug, CancellationToken ct)
    {
        if (await EventRefAsync(eventSlug, ct) is not { } found)
        {
            return null;
        }

        var participations = await db.Set<Participation>().AsNoTracking().Where(p => p.Event.Slug == eventSlug)
            .OrderBy(p => p.City.Name).ThenBy(p => p.Kind.SortOrder)
            .Select(p => new ApiParticipation(CityRef(site, p.City.Slug, p.City.Name, p.City.NameJa, p.City.CountryCode), p.Kind.Slug, p.Kind.Name))
            .ToListAsync(ct);
        return new ApiParticipations(found.Ref, participations);
    }

    public Task<ApiCommunique?> CommuniqueAsync(string eventSlug, CancellationToken ct) =>
        db.Set<Data.Entities.Communique>().AsNoTracking().Where(c => c.Event.Slug == eventSlug && c.IsPublished)
            .Select(c => new ApiCommunique(
                EventRef(site, c.Event.Slug, c.Event.Title, c.Event.TitleJa, c.Event.IsFeatured), c.Title, c.TitleJa, c.Subtitle, c.SubtitleJa,
                c.AdoptedOn, site.Absolute(SiteUrls.Communique(eventSlug)), JaUrl(site, SiteUrls.Communique(eventSlug)), Code(c.JaStatus),
                c.Sections.OrderBy(s => s.SortOrder)
                    .Select(s => new ApiCommuniqueSection(
                        s.Slug, s.Heading, s.HeadingJa, s.BodyMarkdown, s.BodyMarkdownJa,
                        site.Absolute(SiteUrls.CommuniqueSection(eventSlug, s.Slug)), JaUrl(site, SiteUrls.CommuniqueSection(eventSlug, s.Slug)),
                        Code(s.JaStatus)))
                    .ToList()))
            .SingleOrDefaultAsync(ct);

    public Task<List<ApiCity>> CitiesAsync(CancellationToken ct) =>
        db.Cities.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ApiCity(
                c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.CountryCode, Code(c.Continent), Code(c.Kind), c.Latitude, c.Longitude,
                site.Absolute(SiteUrls.City(c.Slug)), JaUrl(site, SiteUrls.City(c.Slug)), site.Absolute(SiteUrls.ApiCity(c.Slug)), Code(c.JaStatus)))
            .ToListAsync(ct);

    public Task<ApiCityDetail?> CityAsync(string slug, CancellationToken ct) =>
        db.Cities.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new ApiCityDetail(
                c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.CountryCode, Code(c.Continent), Code(c.Kind), c.Latitude, c.Longitude,
                site.Absolute(SiteUrls.City(c.Slug)), JaUrl(site, SiteUrls.City(c.Slug)), site.Absolute(SiteUrls.ApiCity(c.Slug)), Code(c.JaStatus),
                c.Participations.OrderBy(p => p.Event.StartDate).ThenBy(p => p.Kind.SortOrder)
                    .Select(p => new ApiCityParticipation(EventRef(site, p.Event.Slug, p.Event.Title, p.Event.TitleJa, p.Event.IsFeatured), p.Kind.Slug, p.Kind.Name))
                    .ToList()))
            .SingleOrDefaultAsync(ct);

    public Task<List<ApiPerson>> PeopleAsync(CancellationToken ct) =>
        db.People.AsNoTracking().OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new ApiPerson(
                p.Slug, PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder), p.NameJa, p.Honorific, p.HonorificJa,
                p.Position, p.PositionJa, p.Organisation, p.OrganisationJa,
                site.Absolute(SiteUrls.Person(p.Slug)), JaUrl(site, SiteUrls.Person(p.Slug)), site.Absolute(SiteUrls.ApiPerson(p.Slug)), Code(p.JaStatus)))
            .ToListAsync(ct);

    public Task<ApiPersonDetail?> PersonAsync(string slug, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new ApiPersonDetail(
                p.Slug, PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder), p.NameJa, p.Honorific, p.HonorificJa,
                p.Position, p.PositionJa, p.Organisation, p.OrganisationJa, p.BioMarkdown, p.BioMarkdownJa,
                site.Absolute(SiteUrls.Person(p.Slug)), JaUrl(site, SiteUrls.Person(p.Slug)), site.Absolute(SiteUrls.ApiPerson(p.Slug)), Code(p.JaStatus),
                p.Appearances.OrderBy(a => a.ProgramItem.Event.StartDate).ThenBy(a => a.ProgramItem.Day.Date).ThenBy(a => a.ProgramItem.SortOrder)
                    .Select(a => new ApiPersonAppearance(
                        EventRef(site, a.ProgramItem.Event.Slug, a.ProgramItem.Event.Title, a.ProgramItem.Event.TitleJa, a.ProgramItem.Event.IsFeatured),
                        a.ProgramItem.Slug, a.ProgramItem.Title, a.ProgramItem.TitleJa, Code(a.Role), Code(a.Appearance),
                        site.Absolute(SiteUrls.ProgramItem(a.ProgramItem.Event.Slug, a.ProgramItem.Slug)),
                        JaUrl(site, SiteUrls.ProgramItem(a.ProgramItem.Event.Slug, a.ProgramItem.Slug))))
                    .ToList()))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// Cities with their participations as CSV (RFC 4180: CRLF, a header row, fields quoted when they hold a comma,
    /// a quote or a line break), one row per city and event and way of taking part.
    /// </summary>
    public async Task<string> CitiesCsvAsync(CancellationToken ct)
    {
        var rows = await db.Set<Participation>().AsNoTracking()
            .OrderBy(p => p.City.Name).ThenBy(p => p.Event.StartDate).ThenBy(p => p.Kind.SortOrder)
            .Select(p => new
            {
                p.City.Slug, p.City.Name, p.City.NameJa, p.City.Country, p.City.CountryJa, p.City.CountryCode, p.City.Continent, p.City.Latitude, p.City.Longitude,
                EventSlug = p.Event.Slug, EventTitle = p.Event.Title, Mode = p.Kind.Slug,
            })
            .ToListAsync(ct);
        var csv = new StringBuilder();
        Row(csv, "city_slug", "city", "name_ja", "country", "country_ja", "country_code", "continent", "latitude", "longitude", "event_slug", "event", "mode", "city_url");
        foreach (var r in rows)
        {
            Row(csv, r.Slug, r.Name, r.NameJa ?? "", r.Country, r.CountryJa ?? "", r.CountryCode, Code(r.Continent),
                r.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                r.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                r.EventSlug, r.EventTitle, r.Mode, site.Absolute(SiteUrls.City(r.Slug)));
        }

        return csv.ToString();
    }

    private async Task<(ApiEventRef Ref, string TimeZone)?> EventRefAsync(string eventSlug, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().Where(e => e.Slug == eventSlug)
            .Select(e => new { e.Slug, e.Title, e.TitleJa, e.IsFeatured, e.TimeZoneId }).SingleOrDefaultAsync(ct);
        return found is null ? null : (EventRef(site, found.Slug, found.Title, found.TitleJa, found.IsFeatured), found.TimeZoneId);
    }

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
