using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Events;

/// <summary>A keynote speaker as the event lists them.</summary>
public sealed record KeynoteSpeaker(PersonCard Person, AppearanceMode Appearance);

/// <summary>A moderator and the themes and sessions they moderated, in program order.</summary>
public sealed record Moderator(PersonCard Person, IReadOnlyList<Localized> Themes, IReadOnlyList<ItemLink> Sessions);

public sealed record ItemLink(string Slug, Localized Title, Localized? Theme);

/// <summary>Roles at an event come from the program: who spoke in the keynote, who moderated which session.</summary>
public sealed record EventRoster(IReadOnlyList<KeynoteSpeaker> Keynotes, IReadOnlyList<Moderator> Moderators, DateTime LastModifiedUtc)
{
    /// <summary>Who represented each city, in the order staff set.</summary>
    public IReadOnlyList<Representatives.Representative> Representatives { get; init; } = [];

    /// <summary>One query: every person appearing in the event's program, in program order.</summary>
    public static async Task<EventRoster> LoadAsync(SummitDbContext db, int eventId, CancellationToken ct)
    {
        // One query: the program's people and the event's representatives, together.
        var loaded = await db.Events.AsNoTracking()
            .Where(e => e.Id == eventId)
            .Select(e => new
            {
                Rows = db.ProgramItemPeople
                    .Where(p => p.ProgramItem.EventId == e.Id)
                    .OrderBy(p => p.ProgramItem.Day.Date).ThenBy(p => p.ProgramItem.SortOrder).ThenBy(p => p.SortOrder)
                    .Select(p => new
                    {
                        p.Role,
                        p.Appearance,
                        ItemKind = p.ProgramItem.Kind,
                        ItemSlug = p.ProgramItem.Slug,
                        ItemTitleEn = p.ProgramItem.Title,
                        ItemTitleJa = p.ProgramItem.TitleJa,
                        ThemeEn = p.ProgramItem.Theme != null ? p.ProgramItem.Theme.Name : null,
                        ThemeJa = p.ProgramItem.Theme != null ? p.ProgramItem.Theme.NameJa : null,
                        Person = new PersonCard(p.Person.Slug, p.Person.Honorific, p.Person.GivenName, p.Person.FamilyName,
                            p.Person.NameOrder, p.Person.Position, p.Person.Organisation, p.Person.Photo != null ? p.Person.Photo.Key : null, p.Person.PhotoAlt)
                        {
                            NameJa = p.Person.NameJa, HonorificJa = p.Person.HonorificJa, PositionJa = p.Person.PositionJa,
                            OrganisationJa = p.Person.OrganisationJa, PhotoAltJa = p.Person.PhotoAltJa,
                        },
                        p.Person.UpdatedAtUtc,
                    })
                    .ToList(),
                Representations = db.Representations.Where(r => r.EventId == e.Id)
                    .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
                    .Select(Features.Representatives.RepresentationRow.Projection)
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        var rows = (loaded?.Rows ?? []).Select(r => new
        {
            r.Role, r.Appearance, r.ItemKind, r.ItemSlug, r.Person, r.UpdatedAtUtc,
            ItemTitle = Localized.Pick(r.ItemTitleEn, r.ItemTitleJa),
            r.ItemTitleEn, r.ItemTitleJa, r.ThemeEn, r.ThemeJa,
            Theme = r.ThemeEn is null ? (Localized?)null : Localized.Pick(r.ThemeEn, r.ThemeJa),
        }).ToList();

        var keynotes = rows
            .Where(r => r.Role == PersonRole.Speaker && r.ItemKind == ProgramItemKind.Keynote)
            .DistinctBy(r => r.Person.Slug)
            .Select(r => new KeynoteSpeaker(r.Person, r.Appearance))
            .ToList();
        var moderators = rows
            .Where(r => r.Role == PersonRole.Moderator)
            .GroupBy(r => r.Person.Slug)
            .Select(g => new Moderator(
                g.First().Person,
                g.Where(r => r.Theme is not null).Select(r => r.Theme!.Value).Distinct().ToList(),
                g.Select(r => new ItemLink(r.ItemSlug, r.ItemTitle, r.Theme)).ToList()))
            .ToList();
        var representatives = (loaded?.Representations ?? [])
            .Select(r => r.With(rows.Where(x => x.Person.Slug == r.Person.Slug)
                .Select(x => new Representatives.RepresentativeRole(x.ItemSlug, x.ItemTitleEn, x.ThemeEn, x.ItemKind, x.Role, x.Appearance)
                {
                    ItemTitleJa = x.ItemTitleJa, ThemeJa = x.ThemeJa,
                })))
            .ToList();
        var lastModified = rows.Select(r => r.UpdatedAtUtc).Concat(representatives.Select(r => r.UpdatedAtUtc)).DefaultIfEmpty(DateTime.MinValue).Max();
        return new EventRoster(keynotes, moderators, lastModified) { Representatives = representatives };
    }
}
