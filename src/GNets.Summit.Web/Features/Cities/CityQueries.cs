using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Events;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Cities;

/// <summary>A city in a list; its name and country in the page's language.</summary>
public sealed record CityRow(string Slug, Localized Name, Localized Country, Continent Continent, CityKind Kind, IReadOnlyList<ParticipationKindView> Modes)
{
    public string Url => SiteUrls.City(Slug);
}

public sealed record ModeGroup(ParticipationKindView Mode, IReadOnlyList<CityRow> Cities);

public sealed record ContinentGroup(Continent Continent, IReadOnlyList<CityRow> Cities);

/// <summary>The cities of one event, grouped by how they took part and by continent.</summary>
public sealed record EventCitiesPage(
    EventHeader Event,
    int CityCount,
    int ContinentCount,
    IReadOnlyList<ModeGroup> ByMode,
    IReadOnlyList<ContinentGroup> ByContinent,
    IReadOnlyList<Map.MapCity> Map,
    PageMeta Meta) : IHasPageMeta
{
    /// <summary>What is known of the list: the host's count when it is incomplete, and a note.</summary>
    public ParticipationNoteView ListNote { get; init; } = ParticipationNoteView.None;
}

public sealed record CityEventPart(EventHeader Event, DateOnly StartDate, IReadOnlyList<ParticipationKindView> Modes, IReadOnlyList<CitySession> Items)
{
    public EventKind Kind { get; init; }
    public DateOnly EndDate { get; init; }

    /// <summary>Who represented the city at this meeting.</summary>
    public IReadOnlyList<Representatives.Representative> Representatives { get; init; } = [];

    /// <summary>The sessions (and other program items) the city joined.</summary>
    public IReadOnlyList<CitySession> Joined { get; } = Items.Where(i => i.Kind != ProgramItemKind.VideoMessages).ToList();

    /// <summary>The program items that showed the city's video message: the city sent it, it did not join them.</summary>
    public IReadOnlyList<CitySession> VideoMessages { get; } = Items.Where(i => i.Kind == ProgramItemKind.VideoMessages).ToList();
}

public sealed record CitySession(string Slug, string Title, string? Theme, ProgramItemKind Kind, DateOnly Date)
{
    public string? TitleJa { get; init; }
    public string? ThemeJa { get; init; }

    /// <summary>The item's title in the page's language.</summary>
    public Localized LocalTitle => Localized.Pick(Title, TitleJa);

    /// <summary>"Session 1: Environment" in the page's language.</summary>
    public Localized Name => Representatives.ItemNames.Of(Title, TitleJa, Theme, ThemeJa);
}

/// <summary>A city's page; its name and country in the page's language.</summary>
public sealed record CityPage(
    string Slug, Localized Name, Localized Country, string CountryCode, Continent Continent, CityKind Kind,
    double Latitude, double Longitude, IReadOnlyList<CityEventPart> Events, PageMeta Meta) : IHasPageMeta
{
    /// <summary>Who represented the city, newest event first.</summary>
    public IReadOnlyList<Representatives.Representative> Representatives { get; init; } = [];

    /// <summary>The years of its first and last meeting.</summary>
    public int? FirstYear => Events.Count == 0 ? null : Events.Min(e => e.StartDate.Year);
    public int? LastYear => Events.Count == 0 ? null : Events.Max(e => e.StartDate.Year);
}

/// <summary>A member city in the network's list: where it is and the meetings it took part in.</summary>
public sealed record NetworkCity(
    string Slug, Localized Name, Localized Country, Continent Continent, CityKind Kind, double Latitude, double Longitude,
    IReadOnlyList<DateOnly> MeetingDates)
{
    public string Url => SiteUrls.City(Slug);

    public int Meetings => MeetingDates.Count;

    /// <summary>"2022–2024", "2023"; empty before its first meeting.</summary>
    public string Years => Meetings == 0 ? ""
        : MeetingDates.Min().Year == MeetingDates.Max().Year ? MeetingDates.Min().Year.ToString(Display.Culture)
        : $"{MeetingDates.Min().Year.ToString(Display.Culture)}–{MeetingDates.Max().Year.ToString(Display.Culture)}";

    /// <summary>"5 meetings", 「5回の会議」: for the map's dots and the list.</summary>
    public string MeetingsText => Meetings == 1 ? Display.T("{0} meeting", 1) : Display.T("{0} meetings", Meetings);

    public Map.MapCity ToMap() => new(Slug, Name.Text, Latitude, Longitude, []) { Note = MeetingsText };
}

public sealed record NetworkContinent(Continent Continent, IReadOnlyList<NetworkCity> Cities);

/// <summary>Every member city of the network, by continent, with the meetings each took part in.</summary>
public sealed record NetworkCitiesPage(IReadOnlyList<NetworkCity> Cities, int MeetingCount, PageMeta Meta) : IHasPageMeta
{
    /// <summary>Cities that took part in at least one meeting listed on the site.</summary>
    public IReadOnlyList<NetworkCity> TookPart { get; } = Cities.Where(c => c.Meetings > 0).ToList();

    public IReadOnlyList<NetworkContinent> ByContinent { get; } = Cities.GroupBy(c => c.Continent).OrderBy(g => g.Key)
        .Select(g => new NetworkContinent(g.Key, g.ToList())).ToList();

    public int ContinentCount => TookPart.Select(c => c.Continent).Distinct().Count();

    public IReadOnlyList<Map.MapCity> Map { get; } = Cities.Select(c => c.ToMap()).ToList();
}

public sealed class CityQueries(SummitDbContext db, IStringLocalizer<Resources.SharedResource> t)
{
    public async Task<EventCitiesPage?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking()
            .Where(e => e.Slug == eventSlug)
            .Select(e => new
            {
                Header = new EventHeader(e.Slug, e.Title, e.ShortTitle, e.TimeZoneId, e.TimeZoneName, e.IsFeatured) { TitleJa = e.TitleJa, ShortTitleJa = e.ShortTitleJa, TimeZoneNameJa = e.TimeZoneNameJa },
                e.UpdatedAtUtc,
                e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.SourceUrl,
                Rows = e.Participations.Select(p => new
                {
                    Mode = new ParticipationKindView(p.Kind.Slug, p.Kind.SortOrder, p.Kind.Name, p.Kind.NameJa, p.Kind.Phrase, p.Kind.PhraseJa), p.City.Slug, p.City.Name, p.City.NameJa, p.City.Country, p.City.CountryJa, p.City.Continent, p.City.Kind, p.City.UpdatedAtUtc,
                    p.City.Latitude, p.City.Longitude,
                }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (e is null)
        {
            return null;
        }

        // Sorted by the name shown, in the page's language's order (Japanese names in kana order, kanji by code point after them).
        var cities = e.Rows
            .GroupBy(r => r.Slug)
            .Select(g => new CityRow(g.Key, Localized.Pick(g.First().Name, g.First().NameJa), Localized.Pick(g.First().Country, g.First().CountryJa),
                g.First().Continent, g.First().Kind, g.Select(r => r.Mode).OrderBy(m => m.SortOrder).ToList()))
            .OrderBy(c => c.Name.Text, StringComparer.Create(SiteLanguages.Current.Culture(), ignoreCase: true))
            .ToList();
        var byMode = cities.SelectMany(c => c.Modes).Distinct().OrderBy(m => m.SortOrder)
            .Select(mode => new ModeGroup(mode, cities.Where(c => c.Modes.Contains(mode)).ToList()))
            .ToList();
        var byContinent = cities.GroupBy(c => c.Continent).OrderBy(g => g.Key)
            .Select(g => new ContinentGroup(g.Key, g.ToList()))
            .ToList();
        var continentCount = byContinent.Count;
        // The ways are the event's own (presenters and audience, venue and online ...), read from the data.
        var ways = Display.HowTookPart(byMode.Select(g => g.Mode));
        var description = cities.Count == 0 && e.ReportedCityCount is null
            ? t["No city is listed yet for {0}; the list will follow when the host publishes it.", e.Header.Title].Value
            : cities.Count == 0
            ? SiteLanguages.IsJapanese
                ? t["The cities that took part in {0}: the host reports {1} cities but its list has not been found.", e.Header.Title, e.ReportedCityCount ?? 0].Value
                : $"The cities that took part in {Display.InSentence(e.Header.Title)}: the host reports {e.ReportedCityCount ?? 0} cities, but its list of them has not been found."
            : SiteLanguages.IsJapanese
                ? t["The {0} cities on {1} continents that took part in {2}: {3}.", cities.Count, continentCount, e.Header.Title, ways].Value
                : $"The {cities.Count} cities on {Display.InWords(continentCount)} continents that took part in {Display.InSentence(e.Header.Title)}: {ways}.";
        return new EventCitiesPage(e.Header, cities.Count, continentCount, byMode, byContinent,
            Map.MapCity.From(e.Rows, r => (r.Slug, Localized.Pick(r.Name, r.NameJa).Text, r.Latitude, r.Longitude, r.Mode)),
            new PageMeta($"{t["Participating cities"]} – {e.Header.ShortTitle}", description, e.Header.CitiesUrl)
            {
                Section = "cities",
                Crumb = t["Participating cities"],
                Breadcrumbs = e.Header.Trail,
                LastModifiedUtc = e.Rows.Select(r => r.UpdatedAtUtc).Append(e.UpdatedAtUtc).Max(),
            })
        {
            ListNote = ParticipationNoteView.Of(cities.Count, e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.SourceUrl),
        };
    }

    /// <summary>Every city, in the page's language's name order, with the dates of the meetings it took part in: one query.</summary>
    public async Task<(IReadOnlyList<NetworkCity> Cities, DateTime? LastModifiedUtc)> NetworkAsync(CancellationToken ct)
    {
        var rows = await db.Cities.AsNoTracking()
            .Select(c => new
            {
                c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.Continent, c.Kind, c.Latitude, c.Longitude, c.UpdatedAtUtc,
                Meetings = c.Participations.Select(p => new { p.EventId, p.Event.StartDate }).ToList(),
            })
            .ToListAsync(ct);
        var cities = rows
            .Select(c => new NetworkCity(c.Slug, Localized.Pick(c.Name, c.NameJa), Localized.Pick(c.Country, c.CountryJa), c.Continent, c.Kind,
                c.Latitude, c.Longitude, c.Meetings.DistinctBy(m => m.EventId).Select(m => m.StartDate).OrderByDescending(d => d).ToList()))
            .OrderBy(c => c.Name.Text, StringComparer.Create(SiteLanguages.Current.Culture(), ignoreCase: true))
            .ToList();
        return (cities, rows.Count == 0 ? null : rows.Max(r => r.UpdatedAtUtc));
    }

    public async Task<NetworkCitiesPage> AllAsync(CancellationToken ct)
    {
        var (cities, lastModified) = await NetworkAsync(ct);
        var meetings = await db.Events.CountAsync(ct);
        var tookPart = cities.Count(c => c.Meetings > 0);
        return new NetworkCitiesPage(cities, meetings,
            new PageMeta(t["Member cities"], t["The {0} cities of the Global City Network for Sustainability (G-NETS) that have taken part in its meetings, by continent, with each city's meetings.", tookPart], SiteUrls.AllCities)
            {
                Section = "cities",
                Breadcrumbs = [new(t["Home"], SiteUrls.Home)],
                LastModifiedUtc = lastModified,
            });
    }

    public async Task<CityPage?> FindAsync(string slug, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id, c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa, c.CountryCode, c.Continent, c.Kind, c.Latitude, c.Longitude, c.UpdatedAtUtc,
                Participation = c.Participations.Select(p => new
                {
                    Mode = new ParticipationKindView(p.Kind.Slug, p.Kind.SortOrder, p.Kind.Name, p.Kind.NameJa, p.Kind.Phrase, p.Kind.PhraseJa),
                    p.EventId,
                    Header = new EventHeader(p.Event.Slug, p.Event.Title, p.Event.ShortTitle, p.Event.TimeZoneId, p.Event.TimeZoneName, p.Event.IsFeatured) { TitleJa = p.Event.TitleJa, ShortTitleJa = p.Event.ShortTitleJa, TimeZoneNameJa = p.Event.TimeZoneNameJa },
                    p.Event.StartDate,
                    p.Event.EndDate,
                    p.Event.Kind,
                }).ToList(),
                // Who represented the city, with what they did in each event's program: in this same query.
                Representations = db.Representations.Where(r => r.CityId == c.Id)
                    .OrderByDescending(r => r.Event.StartDate).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
                    .Select(r => new
                    {
                        Row = new Representatives.RepresentationRow(
                                new EventHeader(r.Event.Slug, r.Event.Title, r.Event.ShortTitle, r.Event.TimeZoneId, r.Event.TimeZoneName, r.Event.IsFeatured) { TitleJa = r.Event.TitleJa, ShortTitleJa = r.Event.ShortTitleJa, TimeZoneNameJa = r.Event.TimeZoneNameJa },
                                new CityLink(r.City.Slug, r.City.Name) { NameJa = r.City.NameJa },
                                new PersonCard(r.Person.Slug, r.Person.Honorific, r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder,
                                    r.Person.Position, r.Person.Organisation, r.Person.Photo != null ? r.Person.Photo.Key : null, r.Person.PhotoAlt)
                                {
                                    NameJa = r.Person.NameJa, HonorificJa = r.Person.HonorificJa, PositionJa = r.Person.PositionJa,
                                    OrganisationJa = r.Person.OrganisationJa, PhotoAltJa = r.Person.PhotoAltJa,
                                },
                                r.Title, r.TitleJa, r.Government, r.GovernmentJa, r.Note, r.NoteJa, r.SortOrder,
                                r.UpdatedAtUtc > r.Person.UpdatedAtUtc ? r.UpdatedAtUtc : r.Person.UpdatedAtUtc),
                        Roles = db.ProgramItemPeople.Where(pp => pp.PersonId == r.PersonId && pp.ProgramItem.EventId == r.EventId)
                            .OrderBy(pp => pp.ProgramItem.Day.Date).ThenBy(pp => pp.ProgramItem.SortOrder)
                            .Select(pp => new Representatives.RepresentativeRole(pp.ProgramItem.Slug, pp.ProgramItem.Title,
                                pp.ProgramItem.Theme != null ? pp.ProgramItem.Theme.Name : null, pp.ProgramItem.Kind, pp.Role, pp.Appearance)
                            {
                                ItemTitleJa = pp.ProgramItem.TitleJa, ThemeJa = pp.ProgramItem.Theme != null ? pp.ProgramItem.Theme.NameJa : null,
                            })
                            .ToList(),
                    }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (city is null)
        {
            return null;
        }

        var sessions = await db.ProgramItemCities.AsNoTracking()
            .Where(pc => pc.CityId == city.Id)
            .OrderBy(pc => pc.ProgramItem.Day.Date).ThenBy(pc => pc.ProgramItem.SortOrder)
            .Select(pc => new
            {
                pc.ProgramItem.EventId,
                Header = new EventHeader(pc.ProgramItem.Event.Slug, pc.ProgramItem.Event.Title, pc.ProgramItem.Event.ShortTitle,
                    pc.ProgramItem.Event.TimeZoneId, pc.ProgramItem.Event.TimeZoneName, pc.ProgramItem.Event.IsFeatured) { TitleJa = pc.ProgramItem.Event.TitleJa, ShortTitleJa = pc.ProgramItem.Event.ShortTitleJa, TimeZoneNameJa = pc.ProgramItem.Event.TimeZoneNameJa },
                pc.ProgramItem.Event.StartDate,
                pc.ProgramItem.Event.EndDate,
                pc.ProgramItem.Event.Kind,
                Item = new CitySession(pc.ProgramItem.Slug, pc.ProgramItem.Title,
                    pc.ProgramItem.Theme != null ? pc.ProgramItem.Theme.Name : null, pc.ProgramItem.Kind, pc.ProgramItem.Day.Date)
                {
                    TitleJa = pc.ProgramItem.TitleJa, ThemeJa = pc.ProgramItem.Theme != null ? pc.ProgramItem.Theme.NameJa : null,
                },
                pc.ProgramItem.UpdatedAtUtc,
            })
            .ToListAsync(ct);

        var cityRepresentatives = city.Representations.Select(r => r.Row.With(r.Roles)).ToList();
        var eventIds = city.Participation.Select(p => p.EventId).Concat(sessions.Select(s => s.EventId)).Distinct();
        var parts = eventIds
            .Select(id =>
            {
                var taken = city.Participation.Where(p => p.EventId == id).ToList();
                var joined = sessions.Where(s => s.EventId == id).ToList();
                var ev = taken.Select(p => (p.Header, p.StartDate, p.EndDate, p.Kind))
                    .Concat(joined.Select(s => (s.Header, s.StartDate, s.EndDate, s.Kind))).First();
                return new CityEventPart(ev.Header, ev.StartDate, taken.Select(p => p.Mode).OrderBy(m => m.SortOrder).ToList(), joined.Select(s => s.Item).ToList())
                {
                    Kind = ev.Kind,
                    EndDate = ev.EndDate,
                    Representatives = cityRepresentatives.Where(r => r.Event.Slug == ev.Header.Slug).ToList(),
                };
            })
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.EndDate)
            .ToList();

        var name = Localized.Pick(city.Name, city.NameJa);
        var country = Localized.Pick(city.Country, city.CountryJa);
        var description = SiteLanguages.IsJapanese
            ? parts.Count == 0
                ? t["{0}, {1}: a member of the Global City Network for Sustainability (G-NETS).", name.Text, country.Text].Value
                : t["{0}, {1}, at {2}: took part {3}.", name.Text, country.Text, parts[0].Event.Title, Display.HowTookPart(parts[0].Modes)].Value
                  + (parts[0].Joined.Count > 0 ? t["Joined {0}.", string.Join("、", parts[0].Joined.Select(i => i.LocalTitle.Text))].Value : "")
            : parts.Count == 0
                ? $"{city.Name}, {city.Country}: a member of the Global City Network for Sustainability (G-NETS)."
                : $"{city.Name}, {city.Country}, at {Display.InSentence(parts[0].Event.Title)}: took part {Display.HowTookPart(parts[0].Modes)}"
                  + (parts[0].Joined.Count > 0 ? $"; joined {Display.List(parts[0].Joined.Select(i => i.Title))}." : ".");
        return new CityPage(city.Slug, name, country, city.CountryCode, city.Continent, city.Kind,
            city.Latitude, city.Longitude, parts,
            // Long session titles (the Working Group's) can take a description past what search results show.
            new PageMeta(SiteLanguages.IsJapanese ? $"{name.Text}（{country.Text}）" : $"{city.Name}, {city.Country}", MarkdownRenderer.Truncate(description, 160), SiteUrls.City(city.Slug))
            {
                Section = "cities",
                Crumb = name.Text,
                Breadcrumbs = [new(t["Home"], SiteUrls.Home), new(t["Cities"], SiteUrls.AllCities)],
                LastModifiedUtc = sessions.Select(s => s.UpdatedAtUtc).Concat(cityRepresentatives.Select(r => r.UpdatedAtUtc)).Append(city.UpdatedAtUtc).Max(),
            })
        {
            Representatives = cityRepresentatives,
        };
    }
}
