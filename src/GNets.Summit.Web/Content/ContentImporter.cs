using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Content;

public sealed record ImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<string> KeptStaffEdits)
{
    /// <summary>The records this import added or changed, to record as revisions.</summary>
    public IReadOnlyList<(ContentKind Kind, int Id)> Changed { get; init; } = [];
}

/// <summary>
/// Upserts content/ into the store by slug, English and Japanese (the ".ja" sidecars) together. Importing
/// the same files twice changes nothing; records that staff have saved (<see cref="ContentEntity.StaffEditedAtUtc"/>)
/// are never overwritten, in either language; nothing is deleted.
/// </summary>
public sealed class ContentImporter(SummitDbContext db, ILogger<ContentImporter> logger)
{
    private enum Outcome { Added, Updated, Unchanged, Kept }

    private readonly Dictionary<ContentEntity, Outcome> outcomes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ContentEntity, ContentKind> kinds = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> kept = [];
    private Dictionary<string, ParticipationKind> participationKinds = [];

    // Slugs staff renamed away from, or of records staff deleted: content/ must not bring them back.
    private HashSet<(ContentKind, string)> retired = [];

    public Task<ImportReport> ImportAsync(string contentRoot, CancellationToken ct) => ImportAsync(contentRoot, null, ct);

    /// <summary>Imports content/ as <paramref name="read"/> found it (read while the store was being prepared), or reads it now.</summary>
    internal async Task<ImportReport> ImportAsync(string contentRoot, Task<ContentSet>? read, CancellationToken ct)
    {
        // Parse and cross-check every file first: a malformed file must not leave a half-imported store.
        var content = read is null ? ContentReader.Read(contentRoot) : await read;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        retired = await RetiredSlugsAsync(ct);
        var cities = await db.Cities.Include(c => c.Participations).ToDictionaryAsync(c => c.Slug, StringComparer.Ordinal, ct);
        foreach (var city in content.Cities)
        {
            Upsert(cities, city.Slug, ContentKind.City, () => new City { Slug = city.Slug }, c =>
            {
                c.Name = city.Name;
                c.Country = city.Country;
                c.CountryCode = city.CountryCode;
                c.Continent = city.Continent;
                c.Kind = city.Kind;
                c.Latitude = city.Latitude;
                c.Longitude = city.Longitude;
                c.NameJa = city.Ja?.Name;
                c.CountryJa = city.Ja?.Country;
                Japanese(c, city.Ja?.Status);
            });
        }

        var kindsBySlug = await db.ParticipationKinds.ToDictionaryAsync(k => k.Slug, StringComparer.Ordinal, ct);
        foreach (var kind in content.ParticipationKinds)
        {
            Upsert(kindsBySlug, kind.Slug, ContentKind.ParticipationKind, () => new ParticipationKind { Slug = kind.Slug }, k =>
            {
                k.Name = kind.Name;
                k.Phrase = kind.Phrase;
                k.SortOrder = kind.SortOrder;
                k.NameJa = kind.Ja?.Name;
                k.PhraseJa = kind.Ja?.Phrase;
                Japanese(k, kind.Ja?.Status);
            });
        }

        participationKinds = kindsBySlug;

        var people = await db.People.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        foreach (var person in content.People)
        {
            Upsert(people, person.Slug, ContentKind.Person, () => new Person { Slug = person.Slug }, p =>
            {
                p.Honorific = person.Honorific;
                p.GivenName = person.GivenName;
                p.FamilyName = person.FamilyName;
                p.NameOrder = person.NameOrder;
                p.Position = person.Position;
                p.Organisation = person.Organisation;
                p.BioMarkdown = person.BioMarkdown;
                p.NameJa = person.Ja?.Name;
                p.HonorificJa = person.Ja?.Honorific;
                p.PositionJa = person.Ja?.Position;
                p.OrganisationJa = person.Ja?.Organisation;
                p.PhotoAltJa = person.Ja?.PhotoAlt;
                p.BioMarkdownJa = person.Ja?.BioMarkdown;
                Japanese(p, person.Ja?.Status);
            });
        }

        var pages = await db.Pages.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        foreach (var page in content.Pages)
        {
            Upsert(pages, page.Slug, ContentKind.Page, () => new Page { Slug = page.Slug }, p =>
            {
                p.Title = page.Title;
                p.Summary = page.Summary;
                p.BodyMarkdown = page.BodyMarkdown;
                p.FooterOrder = page.FooterOrder;
                p.TitleJa = page.Ja?.Title;
                p.SummaryJa = page.Ja?.Summary;
                p.BodyMarkdownJa = page.Ja?.BodyMarkdown;
                Japanese(p, page.Ja?.Status);
            });
        }

        var events = await db.Events.ToDictionaryAsync(e => e.Slug, StringComparer.Ordinal, ct);
        foreach (var source in content.Events)
        {
            await ImportEventAsync(source, events, cities, people, ct);
        }

        var news = await db.NewsPosts.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        foreach (var post in content.News)
        {
            Upsert(news, post.Slug, ContentKind.News, () => new NewsPost { Slug = post.Slug }, p =>
            {
                p.Title = post.Title;
                p.PublishedOn = post.Date;
                p.Summary = post.Summary;
                p.BodyMarkdown = post.BodyMarkdown;
                p.IsPublished = post.IsPublished;
                // An event renamed or deleted by staff leaves the post site-wide rather than failing the import.
                p.Event = post.EventSlug is not null ? events.GetValueOrDefault(post.EventSlug) : null;
                p.TitleJa = post.Ja?.Title;
                p.SummaryJa = post.Ja?.Summary;
                p.BodyMarkdownJa = post.Ja?.BodyMarkdown;
                Japanese(p, post.Ja?.Status);
            });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var report = new ImportReport(Count(Outcome.Added), Count(Outcome.Updated), Count(Outcome.Unchanged), kept)
        {
            Changed = outcomes.Where(o => o.Value is Outcome.Added or Outcome.Updated).Select(o => (kinds[o.Key], o.Key.Id)).ToList(),
        };
        logger.LogInformation(
            "Imported content from {ContentRoot}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Kept} kept as staff edited them",
            contentRoot, report.Added, report.Updated, report.Unchanged, report.KeptStaffEdits.Count);
        foreach (var item in kept)
        {
            logger.LogInformation("Kept staff edit of {Item}; content/ was not applied to it", item);
        }

        return report;
    }

    private async Task ImportEventAsync(
        EventContent source, Dictionary<string, Event> events, Dictionary<string, City> cities,
        Dictionary<string, Person> people, CancellationToken ct)
    {
        var ev = Upsert(events, source.Slug, ContentKind.Event, () => new Event { Slug = source.Slug }, e =>
        {
            e.Title = source.Title;
            e.ShortTitle = source.ShortTitle;
            e.Theme = source.Theme;
            e.Summary = source.Summary;
            e.IntroMarkdown = source.IntroMarkdown;
            e.StartDate = source.StartDate;
            e.EndDate = source.EndDate;
            e.TimeZoneId = source.TimeZoneId;
            e.TimeZoneName = source.TimeZoneName;
            e.Format = source.Format;
            e.Status = source.Status;
            e.Host = source.Host;
            e.HostUrl = source.HostUrl;
            e.IsFeatured = source.IsFeatured;
            e.VenueName = source.Venue.Name;
            e.VenueStreet = source.Venue.Street;
            e.VenueLocality = source.Venue.Locality;
            e.VenueRegion = source.Venue.Region;
            e.VenuePostalCode = source.Venue.PostalCode;
            e.VenueCountryCode = source.Venue.CountryCode;
            e.OnlineUrl = source.OnlineUrl;
            e.Kind = source.Kind;
            e.ReportedCityCount = source.ReportedCityCount;
            e.SourceUrl = source.SourceUrl;
            e.ParticipationNote = source.ParticipationNote;
            e.ParticipationNoteJa = source.Ja?.ParticipationNote;
            e.TitleJa = source.Ja?.Title;
            e.ShortTitleJa = source.Ja?.ShortTitle;
            e.ThemeJa = source.Ja?.Theme;
            e.SummaryJa = source.Ja?.Summary;
            e.IntroMarkdownJa = source.Ja?.IntroMarkdown;
            e.TimeZoneNameJa = source.Ja?.TimeZoneName;
            e.HostJa = source.Ja?.Host;
            e.VenueNameJa = source.Ja?.VenueName;
            Japanese(e, source.Ja?.Status);
        });

        if (ev is null)
        {
            return;
        }

        if (source.IsFeatured && ev.StaffEditedAtUtc is null)
        {
            // Only one featured event: the one content/ marks wins over older imports (not over staff's choice).
            foreach (var other in await db.Events.Where(e => e.IsFeatured && e.Slug != source.Slug && e.StaffEditedAtUtc == null).ToListAsync(ct))
            {
                other.IsFeatured = false;
            }
        }

        SyncParticipation(ev, source, cities);

        var themes = ev.Id == 0
            ? []
            : await db.Themes.Where(t => t.EventId == ev.Id).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, ct);
        foreach (var theme in source.Themes)
        {
            Upsert(themes, theme.Slug, ContentKind.Theme, () => new Theme { Event = ev, Slug = theme.Slug }, t =>
            {
                t.Name = theme.Name;
                t.SortOrder = theme.SortOrder;
                t.NameJa = theme.Ja?.Name;
                Japanese(t, theme.Ja?.Status);
            });
        }

        var days = ev.Id == 0
            ? []
            : await db.ProgramDays.Where(d => d.EventId == ev.Id).ToDictionaryAsync(d => Display.IsoDate(d.Date), StringComparer.Ordinal, ct);
        var items = ev.Id == 0
            ? []
            : await db.ProgramItems.Where(i => i.EventId == ev.Id).Include(i => i.People).Include(i => i.Cities)
                .ToDictionaryAsync(i => i.Slug, StringComparer.Ordinal, ct);
        foreach (var daySource in source.Days)
        {
            var day = Upsert(days, Display.IsoDate(daySource.Date), ContentKind.ProgramDay,
                () => new ProgramDay { Event = ev, Date = daySource.Date }, d =>
                {
                    d.Title = daySource.Title;
                    d.Note = daySource.Note;
                    d.TitleJa = daySource.Ja?.Title;
                    d.NoteJa = daySource.Ja?.Note;
                    Japanese(d, daySource.Ja?.Status);
                });
            if (day is null)
            {
                continue;
            }

            foreach (var itemSource in daySource.Items)
            {
                var item = Upsert(items, itemSource.Slug, ContentKind.ProgramItem,
                    () => new ProgramItem { Event = ev, Slug = itemSource.Slug }, i =>
                    {
                        i.Day = day;
                        i.Kind = itemSource.Kind;
                        i.Title = itemSource.Title;
                        i.SortOrder = itemSource.SortOrder;
                        i.Theme = itemSource.ThemeSlug is null ? null : themes.GetValueOrDefault(itemSource.ThemeSlug);
                        i.StartsAtUtc = itemSource.StartsAt is { } start ? EventTime.ToUtc(daySource.Date, start, source.TimeZoneId) : null;
                        i.EndsAtUtc = itemSource.EndsAt is { } end ? EventTime.ToUtc(daySource.Date, end, source.TimeZoneId) : null;
                        i.Note = itemSource.Note;
                        i.DescriptionMarkdown = itemSource.DescriptionMarkdown;
                        i.VideoUrl = itemSource.VideoUrl;
                        i.TitleJa = itemSource.Ja?.Title;
                        i.NoteJa = itemSource.Ja?.Note;
                        i.DescriptionMarkdownJa = itemSource.Ja?.DescriptionMarkdown;
                        Japanese(i, itemSource.Ja?.Status);
                    });
                if (item is not null && item.StaffEditedAtUtc is null
                    && (SyncItemPeople(item, itemSource, people) | SyncItemCities(item, itemSource, cities)))
                {
                    Touch(item);
                }
            }
        }

        var representations = ev.Id == 0
            ? []
            : await db.Representations.Where(r => r.EventId == ev.Id)
                .Select(r => new { Key = r.City.Slug + " " + r.Person.Slug, Representation = r })
                .ToDictionaryAsync(r => r.Key, r => r.Representation, StringComparer.Ordinal, ct);
        foreach (var rep in source.Representatives)
        {
            if (!cities.TryGetValue(rep.CitySlug, out var city) || !people.TryGetValue(rep.PersonSlug, out var person))
            {
                continue;
            }

            Upsert(representations, $"{rep.CitySlug} {rep.PersonSlug}", ContentKind.Representation,
                () => new Representation { Event = ev, City = city, Person = person }, r =>
                {
                    r.Title = rep.Title;
                    r.Government = rep.Government;
                    r.Note = rep.Note;
                    r.SortOrder = rep.SortOrder;
                    r.TitleJa = rep.Ja?.Title;
                    r.GovernmentJa = rep.Ja?.Government;
                    r.NoteJa = rep.Ja?.Note;
                    Japanese(r, rep.Ja?.Status);
                });
        }

        if (source.Communique is { } communiqueSource)
        {
            var communique = ev.Id == 0
                ? null
                : await db.Communiques.Include(c => c.Sections).SingleOrDefaultAsync(c => c.EventId == ev.Id, ct);
            var holder = communique is null ? [] : new Dictionary<string, Communique> { ["communique"] = communique };
            communique = Upsert(holder, "communique", ContentKind.Communique, () => new Communique { Event = ev }, c =>
            {
                c.Title = communiqueSource.Title;
                c.Subtitle = communiqueSource.Subtitle;
                c.IsPublished = communiqueSource.IsPublished;
                c.AdoptedOn = communiqueSource.AdoptedOn;
                c.TitleJa = communiqueSource.Ja?.Title;
                c.SubtitleJa = communiqueSource.Ja?.Subtitle;
                Japanese(c, communiqueSource.Ja?.Status);
            });

            if (communique is null)
            {
                return;
            }

            var sections = communique.Sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);
            foreach (var sectionSource in communiqueSource.Sections)
            {
                Upsert(sections, sectionSource.Slug, ContentKind.CommuniqueSection,
                    () => new CommuniqueSection { Communique = communique, Slug = sectionSource.Slug }, s =>
                    {
                        s.Heading = sectionSource.Heading;
                        s.BodyMarkdown = sectionSource.BodyMarkdown;
                        s.SortOrder = sectionSource.SortOrder;
                        s.HeadingJa = sectionSource.Ja?.Heading;
                        s.BodyMarkdownJa = sectionSource.Ja?.BodyMarkdown;
                        Japanese(s, sectionSource.Ja?.Status);
                    });
            }
        }
    }

    /// <summary>Participation is owned by the city record: a city staff have saved keeps its modes.</summary>
    private void SyncParticipation(Event ev, EventContent source, Dictionary<string, City> cities)
    {
        foreach (var cityGroup in source.Participation.GroupBy(p => p.CitySlug))
        {
            if (!cities.TryGetValue(cityGroup.Key, out var city) || city.StaffEditedAtUtc is not null)
            {
                continue;
            }

            // A way staff deleted stays deleted (it was unused when they did): content/ naming it does not bring it back.
            var wanted = cityGroup.Where(p => participationKinds.ContainsKey(p.KindSlug)).Select(p => participationKinds[p.KindSlug]).ToHashSet();
            var current = city.Participations.Where(p => ReferenceEquals(p.Event, ev) || (ev.Id != 0 && p.EventId == ev.Id)).ToList();
            bool Is(Participation p, ParticipationKind kind) => ReferenceEquals(p.Kind, kind) || (kind.Id != 0 && p.KindId == kind.Id);
            var stale = current.Where(p => !wanted.Any(k => Is(p, k))).ToList();
            var missing = wanted.Where(k => !current.Any(p => Is(p, k))).ToList();
            foreach (var participation in stale)
            {
                city.Participations.Remove(participation);
            }

            foreach (var mode in missing)
            {
                city.Participations.Add(new Participation { Event = ev, City = city, Kind = mode });
            }

            if (stale.Count > 0 || missing.Count > 0)
            {
                Touch(city);
            }
        }
    }

    private static bool SyncItemPeople(ProgramItem item, ItemContent source, Dictionary<string, Person> people)
    {
        var wanted = source.People.Where(p => people.ContainsKey(p.PersonSlug))
            .Select((p, i) => (Person: people[p.PersonSlug], p.Role, p.Appearance, SortOrder: i + 1)).ToList();
        var same = item.People.Count == wanted.Count && item.People.OrderBy(p => p.SortOrder).Zip(wanted)
            .All(pair => ReferenceEquals(pair.First.Person, pair.Second.Person) && pair.First.Role == pair.Second.Role
                && pair.First.Appearance == pair.Second.Appearance && pair.First.SortOrder == pair.Second.SortOrder);
        if (same)
        {
            return false;
        }

        item.People.Clear();
        item.People.AddRange(wanted.Select(w => new ProgramItemPerson
        {
            Person = w.Person, Role = w.Role, Appearance = w.Appearance, SortOrder = w.SortOrder,
        }));
        return true;
    }

    private static bool SyncItemCities(ProgramItem item, ItemContent source, Dictionary<string, City> cities)
    {
        var wanted = source.CitySlugs.Where(cities.ContainsKey).Select(slug => cities[slug]).ToList();
        var same = item.Cities.Count == wanted.Count && item.Cities.OrderBy(c => c.SortOrder).Zip(wanted)
            .All(pair => ReferenceEquals(pair.First.City, pair.Second));
        if (same)
        {
            return false;
        }

        item.Cities.Clear();
        item.Cities.AddRange(wanted.Select((city, i) => new ProgramItemCity { City = city, SortOrder = i + 1 }));
        return true;
    }

    private T? Upsert<T>(Dictionary<string, T> existing, string key, ContentKind kind, Func<T> create, Action<T> apply)
        where T : ContentEntity
    {
        if (existing.TryGetValue(key, out var entity))
        {
            kinds[entity] = kind;
            if (entity.StaffEditedAtUtc is not null)
            {
                outcomes[entity] = Outcome.Kept;
                kept.Add($"{kind} '{key}'");
                return entity;
            }

            apply(entity);
            db.ChangeTracker.DetectChanges();
            outcomes[entity] = db.Entry(entity).State == EntityState.Modified ? Outcome.Updated : Outcome.Unchanged;
            return entity;
        }

        if (retired.Contains((kind, key)))
        {
            kept.Add($"{kind} '{key}' (deleted or renamed by staff)");
            return null;
        }

        entity = create();
        kinds[entity] = kind;
        apply(entity);
        db.Add(entity);
        existing[key] = entity;
        outcomes[entity] = Outcome.Added;
        return entity;
    }

    /// <summary>
    /// After a record's English and Japanese are set from content/: its translation status (draft unless the
    /// sidecar says reviewed) and, per field, the hash of the English its Japanese was written against. A
    /// Japanese text that is new or changed was written against the English beside it; one that did not
    /// change keeps its stamp, so an English change in content/ alone marks that Japanese out of date. A
    /// field the sidecar leaves out has no Japanese and shows as missing.
    /// </summary>
    private void Japanese(ContentEntity record, TranslationStatus? status)
    {
        record.JaStatus = status ?? TranslationStatus.Draft;
        var entry = db.Entry(record);
        if (entry.State is EntityState.Detached or EntityState.Added)
        {
            Translations.StampAll(record);
            return;
        }

        var stamped = Translations.ReadHashes(record.JaSourceHashes);
        Translations.Stamp(record, Translations.FieldsOf(record.GetType())
            .Where(f => !stamped.ContainsKey(f.Name)
                || !string.Equals((string?)entry.Property(f.Japanese.Name).OriginalValue, f.JapaneseOf(record), StringComparison.Ordinal))
            .Select(f => f.Name));
    }

    /// <summary>A change to a record's lists (participation, speakers, cities) is a change to the record: it gets a new lastmod.</summary>
    private void Touch(ContentEntity entity)
    {
        if (outcomes.GetValueOrDefault(entity) == Outcome.Unchanged)
        {
            outcomes[entity] = Outcome.Updated;
            db.Entry(entity).Property(e => e.UpdatedAtUtc).IsModified = true;
        }
    }

    private int Count(Outcome outcome) => outcomes.Values.Count(o => o == outcome);

    private async Task<HashSet<(ContentKind, string)>> RetiredSlugsAsync(CancellationToken ct)
    {
        var result = (await db.SlugRedirects.AsNoTracking().Select(r => new { r.Kind, r.OldSlug }).ToListAsync(ct))
            .Select(r => (r.Kind, r.OldSlug)).ToHashSet();
        var deleted = await db.Revisions.AsNoTracking().Where(r => r.Action == RevisionAction.Deleted)
            .Select(r => new { r.Kind, r.SnapshotJson }).ToListAsync(ct);
        foreach (var revision in deleted)
        {
            using var snapshot = System.Text.Json.JsonDocument.Parse(revision.SnapshotJson);
            if (snapshot.RootElement.TryGetProperty("Slug", out var slug) && slug.GetString() is { Length: > 0 } value)
            {
                result.Add((revision.Kind, value));
            }
        }

        return result;
    }
}
