using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Events;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.People;

public sealed record EventPeoplePage(EventHeader Event, EventRoster Roster, PageMeta Meta) : IHasPageMeta;

public sealed record Appearance(
    EventHeader Event, DateOnly Date, string ItemSlug, string ItemTitle, ProgramItemKind Kind, string? Theme,
    PersonRole Role, AppearanceMode Mode)
{
    public string? ItemTitleJa { get; init; }
    public string? ThemeJa { get; init; }

    /// <summary>"Session 1: Environment" in the page's language.</summary>
    public Localized ItemName => Representatives.ItemNames.Of(ItemTitle, ItemTitleJa, Theme, ThemeJa);
}

/// <summary>A person's page; <see cref="Bio"/> is Markdown in the page's language (or the English, marked as a fallback).</summary>
public sealed record PersonPage(
    PersonCard Person, Localized? Organisation, Localized Bio, int? PhotoWidth, int? PhotoHeight,
    IReadOnlyList<Appearance> Appearances, PageMeta Meta) : IHasPageMeta
{
    /// <summary>The cities the person represented, newest event first.</summary>
    public IReadOnlyList<Representatives.Representative> Represented { get; init; } = [];
}

/// <summary>A meeting a person took part in, for the network's list of people.</summary>
public sealed record PersonMeeting(string Slug, Localized ShortTitle, DateOnly StartDate)
{
    public string Url => SiteUrls.Event(Slug);
}

/// <summary>A person in the network's list: who they are and the meetings the site names them in, newest first.</summary>
public sealed record NetworkPerson(PersonCard Person, IReadOnlyList<PersonMeeting> Meetings);

/// <summary>Everyone the site names, across every meeting.</summary>
public sealed record NetworkPeoplePage(IReadOnlyList<NetworkPerson> People, PageMeta Meta) : IHasPageMeta;

public sealed class PersonQueries(SummitDbContext db, MarkdownRenderer markdown, IStringLocalizer<Resources.SharedResource> t)
{
    public async Task<EventPeoplePage?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking()
            .Where(e => e.Slug == eventSlug)
            .Select(e => new
            {
                e.Id,
                Header = new EventHeader(e.Slug, e.Title, e.ShortTitle, e.TimeZoneId, e.TimeZoneName, e.IsFeatured) { TitleJa = e.TitleJa, ShortTitleJa = e.ShortTitleJa, TimeZoneNameJa = e.TimeZoneNameJa },
                e.UpdatedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        if (e is null)
        {
            return null;
        }

        var roster = await EventRoster.LoadAsync(db, e.Id, ct);
        var japanese = SiteLanguages.IsJapanese;
        var names = roster.Keynotes.Select(k => k.Person.Name).Concat(roster.Moderators.Select(m => m.Person.Name))
            .Concat(roster.Representatives.Select(r => r.Person.Name)).Distinct();
        return new EventPeoplePage(e.Header, roster,
            new PageMeta($"{t["Speakers and moderators"]} – {e.Header.ShortTitle}",
                MarkdownRenderer.Truncate(japanese
                    ? t["Keynote speakers and session moderators of {0}: {1}.", e.Header.Title, string.Join("、", names)]
                    : $"Keynote speakers and session moderators of {Display.InSentence(e.Header.Title)}: {Display.List(names)}.", japanese ? 120 : 160),
                e.Header.PeopleUrl)
            {
                Section = "people",
                Crumb = t["Speakers and moderators"],
                Breadcrumbs = e.Header.Trail,
                LastModifiedUtc = new[] { e.UpdatedAtUtc, roster.LastModifiedUtc }.Max(),
            });
    }

    /// <summary>Every person, in the page's language's name order, with the meetings they spoke at, moderated or represented a city in: one query.</summary>
    public async Task<NetworkPeoplePage> AllAsync(CancellationToken ct)
    {
        var rows = await db.People.AsNoTracking()
            .Select(p => new
            {
                Card = new PersonCard(p.Slug, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.Position, p.Organisation,
                    p.Photo != null ? p.Photo.Key : null, p.PhotoAlt)
                {
                    NameJa = p.NameJa, HonorificJa = p.HonorificJa, PositionJa = p.PositionJa, OrganisationJa = p.OrganisationJa, PhotoAltJa = p.PhotoAltJa,
                },
                p.UpdatedAtUtc,
                InPrograms = p.Appearances.Select(a => new { a.ProgramItem.Event.Slug, a.ProgramItem.Event.ShortTitle, a.ProgramItem.Event.ShortTitleJa, a.ProgramItem.Event.StartDate }).ToList(),
                Representing = db.Representations.Where(r => r.PersonId == p.Id)
                    .Select(r => new { r.Event.Slug, r.Event.ShortTitle, r.Event.ShortTitleJa, r.Event.StartDate }).ToList(),
            })
            .ToListAsync(ct);
        var people = rows
            .Select(r => new NetworkPerson(r.Card, r.InPrograms.Concat(r.Representing).DistinctBy(m => m.Slug)
                .OrderByDescending(m => m.StartDate)
                .Select(m => new PersonMeeting(m.Slug, Localized.Pick(m.ShortTitle, m.ShortTitleJa), m.StartDate)).ToList()))
            .OrderBy(p => SiteLanguages.IsJapanese ? p.Person.LocalName.Text : p.Person.FamilyName, StringComparer.Create(SiteLanguages.Current.Culture(), ignoreCase: true))
            .ThenBy(p => p.Person.GivenName, StringComparer.Ordinal)
            .ToList();
        return new NetworkPeoplePage(people,
            new PageMeta(t["People of G-NETS"], t["Speakers, moderators and city representatives at the meetings of the Global City Network for Sustainability (G-NETS), with the meetings each took part in."], SiteUrls.AllPeople)
            {
                Section = "people",
                Breadcrumbs = [new(t["Home"], SiteUrls.Home)],
                LastModifiedUtc = rows.Count == 0 ? null : rows.Max(r => r.UpdatedAtUtc),
            });
    }

    public async Task<PersonPage?> FindAsync(string slug, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                Card = new PersonCard(p.Slug, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.Position, p.Organisation,
                    p.Photo != null ? p.Photo.Key : null, p.PhotoAlt)
                {
                    NameJa = p.NameJa, HonorificJa = p.HonorificJa, PositionJa = p.PositionJa, OrganisationJa = p.OrganisationJa, PhotoAltJa = p.PhotoAltJa,
                },
                PhotoWidth = p.Photo != null ? (int?)p.Photo.Width : null,
                PhotoHeight = p.Photo != null ? (int?)p.Photo.Height : null,
                p.BioMarkdown,
                p.BioMarkdownJa,
                p.UpdatedAtUtc,
                Appearances = p.Appearances
                    .OrderByDescending(a => a.ProgramItem.Day.Date).ThenBy(a => a.ProgramItem.SortOrder)
                    .Select(a => new
                    {
                        Header = new EventHeader(a.ProgramItem.Event.Slug, a.ProgramItem.Event.Title, a.ProgramItem.Event.ShortTitle,
                            a.ProgramItem.Event.TimeZoneId, a.ProgramItem.Event.TimeZoneName, a.ProgramItem.Event.IsFeatured) { TitleJa = a.ProgramItem.Event.TitleJa, ShortTitleJa = a.ProgramItem.Event.ShortTitleJa, TimeZoneNameJa = a.ProgramItem.Event.TimeZoneNameJa },
                        a.ProgramItem.Day.Date,
                        a.ProgramItem.Slug,
                        a.ProgramItem.Title,
                        a.ProgramItem.TitleJa,
                        a.ProgramItem.Kind,
                        Theme = a.ProgramItem.Theme != null ? a.ProgramItem.Theme.Name : null,
                        ThemeJa = a.ProgramItem.Theme != null ? a.ProgramItem.Theme.NameJa : null,
                        a.Role,
                        a.Appearance,
                        a.ProgramItem.UpdatedAtUtc,
                    }).ToList(),
                Represented = db.Representations.Where(r => r.PersonId == p.Id)
                    .OrderByDescending(r => r.Event.StartDate).ThenBy(r => r.SortOrder)
                    .Select(Representatives.RepresentationRow.Projection)
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var appearances = person.Appearances
            .Select(a => new Appearance(a.Header, a.Date, a.Slug, a.Title, a.Kind, a.Theme, a.Role, a.Appearance) { ItemTitleJa = a.TitleJa, ThemeJa = a.ThemeJa })
            .ToList();
        var japanese = SiteLanguages.IsJapanese;
        var bioSource = Localized.Pick(person.BioMarkdown, person.BioMarkdownJa);
        var bio = markdown.ToPlainText(bioSource.Text, 100);
        var represented = person.Represented
            .Select(r => r.With(appearances.Where(a => a.Event.Slug == r.Event.Slug).OrderBy(a => a.Date)
                .Select(a => new Representatives.RepresentativeRole(a.ItemSlug, a.ItemTitle, a.Theme, a.Kind, a.Role, a.Mode)
                {
                    ItemTitleJa = a.ItemTitleJa, ThemeJa = a.ThemeJa,
                })))
            .ToList();
        var description = japanese
            ? MarkdownRenderer.Truncate(
                $"{person.Card.FullName}（{person.Card.LocalPosition.Text}）。"
                + string.Concat(represented.Select(r => t["Represented {0} at {1}.", r.City.LocalName.Text, r.Event.Title].Value))
                + bio, 160)
            : MarkdownRenderer.Truncate(
                Display.Sentence($"{person.Card.FullName}, {person.Card.Position}")
                + (represented.Count == 0 ? "" : $" Represented {Display.List(represented.Select(r => $"{r.City.Name} at {Display.InSentence(r.Event.Title)}"))}.")
                + (bio.Length > 0 ? " " + bio : ""), 160);
        return new PersonPage(person.Card, person.Card.LocalOrganisation, bioSource, person.PhotoWidth, person.PhotoHeight, appearances,
            new PageMeta(person.Card.Name, description, person.Card.Url)
            {
                Section = "people",
                OgType = "profile",
                ImagePath = person.Card.PhotoKey is null ? null : SiteUrls.Media(person.Card.PhotoKey, 640),
                ImageAlt = person.Card.LocalPhotoAlt?.Text,
                Breadcrumbs = [new(t["Home"], SiteUrls.Home), new(t["People"], SiteUrls.AllPeople)],
                LastModifiedUtc = person.Appearances.Select(a => a.UpdatedAtUtc).Concat(represented.Select(r => r.UpdatedAtUtc)).Append(person.UpdatedAtUtc).Max(),
            })
        {
            Represented = represented,
        };
    }
}
