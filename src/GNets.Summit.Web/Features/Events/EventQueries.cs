using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Events;

public sealed record EventPage(
    EventHeader Event,
    Localized Theme,
    Localized Summary,
    Localized IntroMarkdown,
    DateOnly StartDate,
    DateOnly EndDate,
    EventFormat Format,
    EventStatus Status,
    Localized Host,
    string? HostUrl,
    Venue Venue,
    string? OnlineUrl,
    string? ImageKey,
    string? ImageAlt,
    int CityCount,
    int ContinentCount,
    IReadOnlyList<ModeCount> Modes,
    IReadOnlyList<Map.MapCity> Cities,
    IReadOnlyList<DayOutline> Days,
    EventRoster Roster,
    Localized? CommuniqueTitle,
    PhotoView? Cover,
    IReadOnlyList<PhotoView> Photos,
    PageMeta Meta) : IHasPageMeta
{
    /// <summary>What is known of the list of cities: the host's count when the list is incomplete, and a note.</summary>
    public ParticipationNoteView ListNote { get; init; } = ParticipationNoteView.None;

    /// <summary>The event's newest published news posts (at most <see cref="News.EventNewsItem.PerEvent"/>), and whether there are more.</summary>
    public IReadOnlyList<News.EventNewsItem> News { get; init; } = [];

    public bool MoreNews { get; init; }
}

/// <summary>Where an event is held. The constructor takes the English name; queries add the Japanese (<c>{ NameJa = e.VenueNameJa }</c>).</summary>
public sealed record Venue(string NameEn, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode)
{
    public string? NameJa { get; init; }

    public Localized Name => Localized.Pick(NameEn, NameJa);

    public string Address => string.Join(", ", new[] { Street, Locality, Region, PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record ModeCount(ParticipationKindView Mode, int Count);

public sealed record DayOutline(DateOnly Date, Localized? Title, IReadOnlyList<ItemOutline> Items);

public sealed record ItemOutline(string Slug, Localized Title, Localized? Theme, ProgramItemKind Kind, DateTime? StartsAtUtc, DateTime? EndsAtUtc);

/// <summary>A meeting in the network's timeline. The constructor takes the English; queries add the Japanese with an initializer.</summary>
public sealed record EventSummary(
    string Slug, EventKind Kind, string TitleEn, string ShortTitleEn, string ThemeEn, DateOnly StartDate, DateOnly EndDate,
    EventFormat Format, string VenueNameEn, int CityCount, int? ReportedCityCount, bool HasCommunique)
{
    public string? TitleJa { get; init; }
    public string? ShortTitleJa { get; init; }
    public string? ThemeJa { get; init; }
    public string? VenueNameJa { get; init; }

    public Localized Title => Localized.Pick(TitleEn, TitleJa);
    public Localized ShortTitle => Localized.Pick(ShortTitleEn, ShortTitleJa);
    public Localized Theme => Localized.Pick(ThemeEn, ThemeJa);
    public Localized VenueName => Localized.Pick(VenueNameEn, VenueNameJa);
    public EventLevel Level => EventLevels.Of(Kind);

    /// <summary>The host counts more cities than the site lists (its list is incomplete or missing).</summary>
    public bool HostReportsMore => ReportedCityCount > CityCount;

    /// <summary>Online meetings have no venue to name (the content may leave it empty).</summary>
    public bool HasVenue => Format != EventFormat.Online && !string.IsNullOrWhiteSpace(VenueNameEn);

    public string Url => SiteUrls.Event(Slug);
    public string ProgramUrl => SiteUrls.Program(Slug);
    public string CitiesUrl => SiteUrls.Cities(Slug);
    public string CommuniqueUrl => SiteUrls.Communique(Slug);
}

public sealed record LevelGroup(EventLevel Level, IReadOnlyList<EventSummary> Events);

public sealed record YearGroup(int Year, IReadOnlyList<EventSummary> Events);

/// <summary>The network's timeline: every meeting, newest first, by level (as the host files them) and by year.</summary>
public sealed record EventsIndexPage(IReadOnlyList<EventSummary> Events, PageMeta Meta) : IHasPageMeta
{
    /// <summary>Leaders first, then senior officials, then working level; newest first within each; empty levels left out.</summary>
    public IReadOnlyList<LevelGroup> ByLevel { get; } = Events.GroupBy(e => e.Level).OrderBy(g => g.Key)
        .Select(g => new LevelGroup(g.Key, g.ToList())).ToList();

    /// <summary>Newest year first; within a year, newest first.</summary>
    public IReadOnlyList<YearGroup> ByYear { get; } = Events.GroupBy(e => e.StartDate.Year).OrderByDescending(g => g.Key)
        .Select(g => new YearGroup(g.Key, g.ToList())).ToList();
}

public sealed class EventQueries(SummitDbContext db)
{
    /// <summary>
    /// Three flat queries (event with its counts, days with items, roster): one query with every
    /// collection joined would multiply the rows (participation × items) and repeat the intro in each.
    /// </summary>
    public async Task<EventPage?> FindAsync(string slug, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.ShortTitle, e.Theme, e.Summary, e.IntroMarkdown, e.StartDate, e.EndDate,
                e.TimeZoneId, e.TimeZoneName, e.Format, e.Status, e.Host, e.HostUrl, e.IsFeatured, e.UpdatedAtUtc,
                // The Japanese beside each English, in the same query; the page picks (Localized).
                e.TitleJa, e.ShortTitleJa, e.ThemeJa, e.SummaryJa, e.IntroMarkdownJa, e.TimeZoneNameJa, e.HostJa, e.ImageAltJa,
                Venue = new Venue(e.VenueName, e.VenueStreet, e.VenueLocality, e.VenueRegion, e.VenuePostalCode, e.VenueCountryCode) { NameJa = e.VenueNameJa },
                e.OnlineUrl,
                e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.SourceUrl,
                ImageKey = e.Image != null ? e.Image.Key : null,
                e.ImageAlt,
                Cover = e.Image != null ? new { e.Image.Key, e.Image.Width, e.Image.Height, e.Image.InLibrary } : null,
                // In the same query: a public page costs at most three.
                // The event's news headlines, in the same query (the budget is three per page).
                News = db.NewsPosts.Where(n => n.EventId == e.Id && n.IsPublished)
                    .OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id).Take(News.EventNewsItem.PerEvent + 1)
                    .Select(n => new News.EventNewsItem(n.Slug, n.Title, n.TitleJa, n.PublishedOn))
                    .ToList(),
                Photos = db.GalleryPhotos.Where(g => g.EventId == e.Id).OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
                    .Select(g => new
                    {
                        g.Image.Key, g.Image.Width, g.Image.Height, g.Image.AltText, g.Image.Caption, g.Image.Credit,
                        g.Image.AltTextJa, g.Image.CaptionJa, g.Image.CreditJa,
                    })
                    .ToList(),
                CityCount = e.Participations.Select(p => p.CityId).Distinct().Count(),
                ContinentCount = e.Participations.Select(p => p.City.Continent).Distinct().Count(),
                CitiesUpdated = e.Participations.Max(p => (DateTime?)p.City.UpdatedAtUtc),
                Communique = e.Communique != null && e.Communique.IsPublished ? e.Communique.Title : null,
                CommuniqueJa = e.Communique != null && e.Communique.IsPublished ? e.Communique.TitleJa : null,
                // For the map: a few short rows per city, in the same query (the budget is three per page).
                Map = e.Participations.Select(p => new { Mode = new ParticipationKindView(p.Kind.Slug, p.Kind.SortOrder, p.Kind.Name, p.Kind.NameJa, p.Kind.Phrase, p.Kind.PhraseJa), p.City.Slug, p.City.Name, p.City.NameJa, p.City.Latitude, p.City.Longitude }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (e is null)
        {
            return null;
        }

        var days = await db.ProgramDays.AsNoTracking()
            .Where(d => d.EventId == e.Id)
            .OrderBy(d => d.Date)
            .Select(d => new
            {
                d.Date,
                d.Title,
                d.TitleJa,
                d.UpdatedAtUtc,
                Items = d.Items.OrderBy(i => i.SortOrder)
                    .Select(i => new
                    {
                        i.Slug, i.Title, i.TitleJa, Theme = i.Theme != null ? i.Theme.Name : null, ThemeJa = i.Theme != null ? i.Theme.NameJa : null,
                        i.Kind, i.StartsAtUtc, i.EndsAtUtc, i.UpdatedAtUtc,
                    }).ToList(),
            })
            .ToListAsync(ct);
        var roster = await EventRoster.LoadAsync(db, e.Id, ct);
        var header = new EventHeader(e.Slug, e.Title, e.ShortTitle, e.TimeZoneId, e.TimeZoneName, e.IsFeatured)
        {
            TitleJa = e.TitleJa, ShortTitleJa = e.ShortTitleJa, TimeZoneNameJa = e.TimeZoneNameJa,
        };
        var summaryPicked = Localized.Pick(e.Summary, e.SummaryJa);
        var summary = summaryPicked with { Text = Display.ExpandCounts(summaryPicked.Text, e.CityCount, e.ContinentCount) };
        var introPicked = Localized.Pick(e.IntroMarkdown, e.IntroMarkdownJa);
        var intro = introPicked with { Text = Display.ExpandCounts(introPicked.Text, e.CityCount, e.ContinentCount) };
        var imageAlt = e.ImageAlt is null && e.ImageAltJa is null ? null : Localized.Pick(e.ImageAlt ?? "", e.ImageAltJa).Text;
        var cover = e.Cover is { } c ? PhotoView.Of(c.Key, c.Width, c.Height, c.InLibrary, imageAlt ?? "") : null;
        var lastModified = new[]
        {
            e.UpdatedAtUtc, roster.LastModifiedUtc, e.CitiesUpdated ?? DateTime.MinValue,
            days.SelectMany(d => d.Items.Select(i => i.UpdatedAtUtc).Append(d.UpdatedAtUtc)).DefaultIfEmpty().Max(),
        }.Max();
        var modes = e.Map.GroupBy(r => r.Mode).OrderBy(g => g.Key.SortOrder).Select(g => new ModeCount(g.Key, g.Count())).ToList();

        return new EventPage(
            header, Localized.Pick(e.Theme, e.ThemeJa), summary, intro,
            e.StartDate, e.EndDate, e.Format, e.Status, Localized.Pick(e.Host, e.HostJa), e.HostUrl, e.Venue, e.OnlineUrl, e.ImageKey, imageAlt,
            e.CityCount, e.ContinentCount, modes,
            Map.MapCity.From(e.Map, r => (r.Slug, Localized.Pick(r.Name, r.NameJa).Text, r.Latitude, r.Longitude, r.Mode)),
            days.Select(d => new DayOutline(d.Date, Localized.PickOptional(d.Title, d.TitleJa),
                d.Items.Select(i => new ItemOutline(i.Slug, Localized.Pick(i.Title, i.TitleJa), Localized.PickOptional(i.Theme, i.ThemeJa), i.Kind, i.StartsAtUtc, i.EndsAtUtc)).ToList())).ToList(),
            roster,
            e.Communique is null ? null : Localized.Pick(e.Communique, e.CommuniqueJa),
            cover,
            e.Photos.Select(p => Photo(p.Key, p.Width, p.Height, p.AltText, p.AltTextJa, p.Caption, p.CaptionJa, p.Credit, p.CreditJa)).ToList(),
            new PageMeta(header.Title.Text, MarkdownRenderer.Truncate(summary.Text, 160), header.Url)
            {
                ImagePath = cover?.SharePath,
                ImageAlt = imageAlt,
                LastModifiedUtc = lastModified,
                Section = "events",
                Crumb = header.ShortTitle.Text,
                Breadcrumbs = [new(Display.T("Home"), SiteUrls.Home), new(Display.T("Events"), SiteUrls.Events)],
            })
        {
            ListNote = ParticipationNoteView.Of(e.CityCount, e.ReportedCityCount, e.ParticipationNote, e.ParticipationNoteJa, e.SourceUrl),
            News = e.News.Take(News.EventNewsItem.PerEvent).ToList(),
            MoreNews = e.News.Count > News.EventNewsItem.PerEvent,
        };
    }

    /// <summary>Every meeting, newest first, in one query (the timeline, the home page).</summary>
    public async Task<(IReadOnlyList<EventSummary> Events, DateTime? LastModifiedUtc)> SummariesAsync(CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenBy(e => e.Slug)
            .Select(e => new
            {
                Summary = new EventSummary(e.Slug, e.Kind, e.Title, e.ShortTitle, e.Theme, e.StartDate, e.EndDate, e.Format, e.VenueName,
                    e.Participations.Select(p => p.CityId).Distinct().Count(), e.ReportedCityCount,
                    e.Communique != null && e.Communique.IsPublished)
                {
                    TitleJa = e.TitleJa, ShortTitleJa = e.ShortTitleJa, ThemeJa = e.ThemeJa, VenueNameJa = e.VenueNameJa,
                },
                e.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        return (events.Select(e => e.Summary).ToList(), events.Count == 0 ? null : events.Max(e => e.UpdatedAtUtc));
    }

    public async Task<EventsIndexPage> ListAsync(CancellationToken ct)
    {
        var (events, lastModified) = await SummariesAsync(ct);
        return new EventsIndexPage(
            events,
            new PageMeta(Display.T("Meetings of G-NETS"), Display.T("Every meeting of the Global City Network for Sustainability (G-NETS), newest first: leaders' summits, senior officials' meetings and working-level meetings."), SiteUrls.Events)
            {
                Section = "events",
                Crumb = Display.T("Events"),
                Breadcrumbs = [new(Display.T("Home"), SiteUrls.Home)],
                LastModifiedUtc = lastModified,
            });
    }

    /// <summary>A library photo with its texts in the page's language.</summary>
    internal static PhotoView Photo(string key, int width, int height, string alt, string? altJa, string? caption, string? captionJa, string? credit, string? creditJa) =>
        PhotoView.Of(key, width, height, inLibrary: true, Localized.Pick(alt, altJa), Localized.PickOptional(caption, captionJa), Localized.PickOptional(credit, creditJa));
}
