using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Program;

public sealed record SpeakerEntry(PersonCard Person, AppearanceMode Appearance);

/// <summary>A program item as the program and its own page show it; stored texts in the page's language.</summary>
public sealed record ProgramEntry(
    string Slug, Localized Title, ProgramItemKind Kind, Localized? Theme, TimeSlot? Time, Localized? Note,
    IReadOnlyList<PersonCard> Moderators, IReadOnlyList<SpeakerEntry> Speakers, IReadOnlyList<CityLink> Cities, string? VideoUrl)
{
    /// <summary>The recording the page can play (YouTube or Vimeo); null when there is none.</summary>
    public Recording? Recording { get; } = Recording.From(VideoUrl);

    /// <summary>Everyone on the item with their role (greetings and attendance included), in program order.</summary>
    public IReadOnlyList<ItemPerson> People { get; init; } = [];
}

/// <summary>A person on a program item: what they did there and how they appeared.</summary>
public sealed record ItemPerson(PersonCard Person, PersonRole Role, AppearanceMode Appearance);

public sealed record ProgramDayView(DateOnly Date, Localized? Title, Localized? Note, IReadOnlyList<ProgramEntry> Items)
{
    public string Anchor => Infrastructure.SiteUrls.DayAnchor(Date);
}

public sealed record ProgramPage(EventHeader Event, DateOnly StartDate, DateOnly EndDate, bool HasCommunique,
    Events.Venue Venue, string? OnlineUrl, IReadOnlyList<ProgramDayView> Days, PageMeta Meta) : IHasPageMeta;

public sealed record ItemNeighbour(string Slug, Localized Title);

public sealed record ProgramItemPage(
    EventHeader Event, DateOnly Date, ProgramEntry Item, Localized DescriptionMarkdown, bool HasCommunique,
    EventFormat Format, Events.Venue Venue, string? OnlineUrl, ItemNeighbour? Previous, ItemNeighbour? Next,
    IReadOnlyList<Map.MapCity> EventCities, PageMeta Meta) : IHasPageMeta
{
    /// <summary>Representatives of cities who had a role on the item (a greeting, attending), with that role.</summary>
    public IReadOnlyList<Representatives.Representative> Representatives { get; init; } = [];

    /// <summary>The item's library photos, in the order staff arranged them.</summary>
    public IReadOnlyList<PhotoView> Photos { get; init; } = [];
}

public sealed class ProgramQueries(SummitDbContext db)
{
    public async Task<ProgramPage?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking()
            .Where(e => e.Slug == eventSlug)
            .Select(e => new
            {
                e.Id,
                Header = new EventHeader(e.Slug, e.Title, e.ShortTitle, e.TimeZoneId, e.TimeZoneName, e.IsFeatured)
                {
                    TitleJa = e.TitleJa, ShortTitleJa = e.ShortTitleJa, TimeZoneNameJa = e.TimeZoneNameJa,
                },
                e.StartDate,
                e.EndDate,
                e.UpdatedAtUtc,
                HasCommunique = e.Communique != null && e.Communique.IsPublished,
                Venue = new Events.Venue(e.VenueName, e.VenueStreet, e.VenueLocality, e.VenueRegion, e.VenuePostalCode, e.VenueCountryCode) { NameJa = e.VenueNameJa },
                e.OnlineUrl,
                Days = e.Days.OrderBy(d => d.Date).Select(d => new { d.Id, d.Date, d.Title, d.TitleJa, d.Note, d.NoteJa, d.UpdatedAtUtc }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (e is null)
        {
            return null;
        }

        var items = await ItemRows(db.ProgramItems.Where(i => i.EventId == e.Id)).ToListAsync(ct);
        var days = e.Days.Select(d => new ProgramDayView(d.Date, Localized.PickOptional(d.Title, d.TitleJa), Localized.PickOptional(d.Note, d.NoteJa),
                items.Where(i => i.DayId == d.Id).OrderBy(i => i.SortOrder).Select(i => ToEntry(i, e.Header)).ToList()))
            .ToList();
        var themes = items.Where(i => i.Theme is not null).Select(i => Localized.Pick(i.Theme!, i.ThemeJa).Text).Distinct();
        var description = Display.T("Program of {0}, {1}: {2} sessions on {3}.",
            Display.InSentence(e.Header.Title).Text, Display.DateRange(e.StartDate, e.EndDate),
            items.Count(i => i.Kind == ProgramItemKind.Session), Display.List(themes));
        return new ProgramPage(e.Header, e.StartDate, e.EndDate, e.HasCommunique, e.Venue, e.OnlineUrl, days,
            new PageMeta($"{Display.T("Program")} – {e.Header.ShortTitle.Text}", MarkdownRenderer.Truncate(description, 160), e.Header.ProgramUrl)
            {
                Section = "program",
                Crumb = Display.T("Program"),
                Breadcrumbs = e.Header.Trail,
                LastModifiedUtc = items.Select(i => i.UpdatedAtUtc).Concat(e.Days.Select(d => d.UpdatedAtUtc)).Append(e.UpdatedAtUtc).Max(),
            });
    }

    public async Task<ProgramItemPage?> FindAsync(string eventSlug, string slug, CancellationToken ct)
    {
        var row = await ItemRows(db.ProgramItems.Where(i => i.Event.Slug == eventSlug && i.Slug == slug)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var siblings = await db.ProgramItems.AsNoTracking()
            .Where(i => i.EventId == row.EventId)
            .OrderBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Slug, i.Title, i.TitleJa })
            .ToListAsync(ct);
        var neighbours = siblings.Select(i => new ItemNeighbour(i.Slug, Localized.Pick(i.Title, i.TitleJa))).ToList();
        // What the page shows around the item, in one query (a page costs at most three): the event's
        // cities for the map (the item's own are highlighted on it), the item's photos and the event's
        // representatives who have a role on this item. Only the item page reads representatives, so they
        // are loaded here rather than in ItemRows (which the program index runs for every item). The
        // collection is correlated on the outer row's event (SQLite has no APPLY); the item id is a
        // parameter, so narrowing to the item's people keeps the joined rows few.
        var itemId = row.Id;
        var around = await db.ProgramItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => new
        {
            Cities = i.Event.Participations.Select(p => new { Mode = new ParticipationKindView(p.Kind.Slug, p.Kind.SortOrder, p.Kind.Name, p.Kind.NameJa, p.Kind.Phrase, p.Kind.PhraseJa), p.City.Slug, p.City.Name, p.City.NameJa, p.City.Latitude, p.City.Longitude }).ToList(),
            Photos = db.GalleryPhotos.Where(g => g.ProgramItemId == i.Id).OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
                .Select(g => new
                {
                    g.Image.Key, g.Image.Width, g.Image.Height, g.Image.AltText, g.Image.Caption, g.Image.Credit,
                    g.Image.AltTextJa, g.Image.CaptionJa, g.Image.CreditJa,
                }).ToList(),
            Representatives = db.Representations
                .Where(r => r.EventId == i.EventId && r.Person.Appearances.Any(a => a.ProgramItemId == itemId))
                .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
                .Select(Representatives.RepresentationRow.Projection).ToList(),
        }).SingleAsync(ct);
        var index = neighbours.FindIndex(s => s.Slug == row.Slug);
        var item = ToEntry(row, row.Header);
        var title = FullTitle(item);
        var itemRepresentatives = around.Representatives
            .Where(r => row.People.Any(p => p.Person.Slug == r.Person.Slug))
            .Select(r => r.With(row.People.Where(p => p.Person.Slug == r.Person.Slug)
                .Select(p => new Representatives.RepresentativeRole(row.Slug, row.Title, row.Theme, row.Kind, p.Role, p.Appearance)
                {
                    ItemTitleJa = row.TitleJa, ThemeJa = row.ThemeJa,
                })))
            .ToList();
        return new ProgramItemPage(row.Header, row.Date, item, Localized.Pick(row.DescriptionMarkdown, row.DescriptionMarkdownJa),
            row.HasCommunique, row.Format, row.Venue, row.OnlineUrl,
            index > 0 ? neighbours[index - 1] : null,
            index >= 0 && index < neighbours.Count - 1 ? neighbours[index + 1] : null,
            Map.MapCity.From(around.Cities, r => (r.Slug, Localized.Pick(r.Name, r.NameJa).Text, r.Latitude, r.Longitude, r.Mode)),
            new PageMeta($"{title} – {row.Header.ShortTitle.Text}", Describe(item, row.Date, row.Header), row.Header.ItemUrl(row.Slug))
            {
                Section = "program",
                Crumb = title,
                Breadcrumbs = [.. row.Header.Trail, new(Display.T("Program"), row.Header.ProgramUrl)],
                LastModifiedUtc = itemRepresentatives.Select(r => r.UpdatedAtUtc).Append(row.UpdatedAtUtc).Max(),
            })
        {
            Representatives = itemRepresentatives,
            Photos = around.Photos.Select(p => Events.EventQueries.Photo(p.Key, p.Width, p.Height, p.AltText, p.AltTextJa, p.Caption, p.CaptionJa, p.Credit, p.CreditJa)).ToList(),
        };
    }

    /// <summary>"Session 1: Environment"; 「セッション1：環境」 (a full-width colon in Japanese).</summary>
    public static string FullTitle(ProgramEntry item) =>
        item.Theme is null ? item.Title.Text : $"{item.Title.Text}{Display.T(": ")}{item.Theme.Value.Text}";

    /// <summary>The meta description: what, where and when, then who (sentences in the page's language).</summary>
    private static string Describe(ProgramEntry item, DateOnly date, EventHeader ev)
    {
        var what = item.Theme is null ? item.Title.Text : Display.T("{0} ({1})", item.Title.Text, item.Theme.Value.Text);
        var parts = new List<string> { Display.T("{0} at {1}, {2}.", what, Display.InSentence(ev.Title).Text, Display.ShortDay(date)) };
        if (item.Moderators.Count > 0)
        {
            parts.Add(Display.T("Moderator: {0}.", Display.List(item.Moderators.Select(m => m.FullName))));
        }

        if (item.Speakers.Count > 0)
        {
            parts.Add(Display.T("Speakers: {0}.", Display.List(item.Speakers.Select(s => s.Person.FullName))));
        }

        if (item.Cities.Count > 0)
        {
            parts.Add(Display.T("Cities: {0}.", Display.List(item.Cities.Select(c => c.LocalName))));
        }

        return MarkdownRenderer.Truncate(string.Join(SiteLanguages.IsJapanese ? "" : " ", parts), 160);
    }

    private static ProgramEntry ToEntry(ItemRow row, EventHeader ev) => new(
        row.Slug, Localized.Pick(row.Title, row.TitleJa), row.Kind, row.Theme is null ? null : Localized.Pick(row.Theme, row.ThemeJa),
        ev.Slot(row.StartsAtUtc, row.EndsAtUtc),
        Localized.PickOptional(row.Note, row.NoteJa),
        row.People.Where(p => p.Role == PersonRole.Moderator).Select(p => p.Person).ToList(),
        row.People.Where(p => p.Role == PersonRole.Speaker).Select(p => new SpeakerEntry(p.Person, p.Appearance)).ToList(),
        row.Cities,
        row.VideoUrl)
    {
        People = row.People.Select(p => new ItemPerson(p.Person, p.Role, p.Appearance)).ToList(),
    };

    private static IQueryable<ItemRow> ItemRows(IQueryable<ProgramItem> items) =>
        items.AsNoTracking().Select(i => new ItemRow
        {
            Id = i.Id,
            EventId = i.EventId,
            DayId = i.DayId,
            Date = i.Day.Date,
            Header = new EventHeader(i.Event.Slug, i.Event.Title, i.Event.ShortTitle, i.Event.TimeZoneId, i.Event.TimeZoneName, i.Event.IsFeatured)
            {
                TitleJa = i.Event.TitleJa, ShortTitleJa = i.Event.ShortTitleJa, TimeZoneNameJa = i.Event.TimeZoneNameJa,
            },
            HasCommunique = i.Event.Communique != null && i.Event.Communique.IsPublished,
            Format = i.Event.Format,
            Venue = new Events.Venue(i.Event.VenueName, i.Event.VenueStreet, i.Event.VenueLocality, i.Event.VenueRegion, i.Event.VenuePostalCode, i.Event.VenueCountryCode)
            {
                NameJa = i.Event.VenueNameJa,
            },
            OnlineUrl = i.Event.OnlineUrl,
            Slug = i.Slug,
            Title = i.Title,
            TitleJa = i.TitleJa,
            Kind = i.Kind,
            SortOrder = i.SortOrder,
            Theme = i.Theme != null ? i.Theme.Name : null,
            ThemeJa = i.Theme != null ? i.Theme.NameJa : null,
            StartsAtUtc = i.StartsAtUtc,
            EndsAtUtc = i.EndsAtUtc,
            Note = i.Note,
            NoteJa = i.NoteJa,
            DescriptionMarkdown = i.DescriptionMarkdown,
            DescriptionMarkdownJa = i.DescriptionMarkdownJa,
            VideoUrl = i.VideoUrl,
            UpdatedAtUtc = i.UpdatedAtUtc,
            People = i.People.OrderBy(p => p.SortOrder).Select(p => new PersonRow(p.Role, p.Appearance,
                new PersonCard(p.Person.Slug, p.Person.Honorific, p.Person.GivenName, p.Person.FamilyName, p.Person.NameOrder,
                    p.Person.Position, p.Person.Organisation, p.Person.Photo != null ? p.Person.Photo.Key : null, p.Person.PhotoAlt)
                {
                    NameJa = p.Person.NameJa, HonorificJa = p.Person.HonorificJa, PositionJa = p.Person.PositionJa,
                    OrganisationJa = p.Person.OrganisationJa, PhotoAltJa = p.Person.PhotoAltJa,
                })).ToList(),
            Cities = i.Cities.OrderBy(c => c.SortOrder).Select(c => new CityLink(c.City.Slug, c.City.Name) { NameJa = c.City.NameJa }).ToList(),
        });

    private sealed record PersonRow(PersonRole Role, AppearanceMode Appearance, PersonCard Person);

    private sealed class ItemRow
    {
        public int Id { get; init; }
        public int EventId { get; init; }
        public int DayId { get; init; }
        public DateOnly Date { get; init; }
        public required EventHeader Header { get; init; }
        public bool HasCommunique { get; init; }
        public EventFormat Format { get; init; }
        public required Events.Venue Venue { get; init; }
        public string? OnlineUrl { get; init; }
        public required string Slug { get; init; }
        public required string Title { get; init; }
        public string? TitleJa { get; init; }
        public ProgramItemKind Kind { get; init; }
        public int SortOrder { get; init; }
        public string? Theme { get; init; }
        public string? ThemeJa { get; init; }
        public DateTime? StartsAtUtc { get; init; }
        public DateTime? EndsAtUtc { get; init; }
        public string? Note { get; init; }
        public string? NoteJa { get; init; }
        public required string DescriptionMarkdown { get; init; }
        public string? DescriptionMarkdownJa { get; init; }
        public string? VideoUrl { get; init; }
        public DateTime UpdatedAtUtc { get; init; }
        public required List<PersonRow> People { get; init; }
        public required List<CityLink> Cities { get; init; }
    }
}
