using System.Linq.Expressions;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Representatives;

/// <summary>What a representative did on one program item: "Opening greeting, Opening ceremony".</summary>
public sealed record RepresentativeRole(string ItemSlug, string ItemTitle, string? Theme, ProgramItemKind Kind, PersonRole Role, AppearanceMode Appearance)
{
    /// <summary>"Opening greeting", "Attended", "Video message" (a talk sent as a video), "Speaker (online)".</summary>
    public string Label => Role == PersonRole.Speaker && Appearance == AppearanceMode.VideoMessage
        ? "Video message"
        : Display.Label(Role, Kind) + (Appearance == AppearanceMode.Online ? " (online)" : "");
    public string ItemName => Theme is null ? ItemTitle : $"{ItemTitle}: {Theme}";
}

/// <summary>A person who represented a city at an event, with what they did in its program.</summary>
public sealed record Representative(
    EventHeader Event, CityLink City, PersonCard Person, string Title, string? Government, string? Note,
    IReadOnlyList<RepresentativeRole> Roles, DateTime UpdatedAtUtc)
{
    /// <summary>"Governor of Tokyo", "Mayor of New York"; a title that already says of what ("Director of the City") as it is.</summary>
    public string JobTitle => Title.Contains(" of ", StringComparison.Ordinal) ? Title : $"{Title} of {City.Name}";

    /// <summary>Whether they spoke (a greeting, a talk, a video message): a performer rather than an attendee.</summary>
    public bool Spoke => Roles.Any(r => r.Role is PersonRole.Speaker or PersonRole.Greeting);
}

/// <summary>Representatives of cities, for the city, program item and people pages (one query each).</summary>
public sealed class RepresentativeQueries(SummitDbContext db)
{
    public Task<List<Representative>> ForCityAsync(int cityId, CancellationToken ct) => LoadAsync(r => r.CityId == cityId, ct);

    public Task<List<Representative>> ForEventAsync(int eventId, CancellationToken ct) => LoadAsync(r => r.EventId == eventId, ct);

    /// <summary>The event's representatives who had a role on the item (a greeting, a talk, attending), in the item's order.</summary>
    public async Task<List<Representative>> ForItemAsync(int eventId, string itemSlug, CancellationToken ct)
    {
        var all = await ForEventAsync(eventId, ct);
        return all.Where(r => r.Roles.Any(role => role.ItemSlug == itemSlug))
            .Select(r => r with { Roles = r.Roles.Where(role => role.ItemSlug == itemSlug).ToList() })
            .ToList();
    }

    private async Task<List<Representative>> LoadAsync(Expression<Func<Representation, bool>> filter, CancellationToken ct)
    {
        var rows = await db.Representations.AsNoTracking()
            .Where(filter)
            .OrderByDescending(r => r.Event.StartDate).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.EventId,
                r.PersonId,
                Header = new EventHeader(r.Event.Slug, r.Event.Title, r.Event.ShortTitle, r.Event.TimeZoneId, r.Event.TimeZoneName, r.Event.IsFeatured),
                City = new CityLink(r.City.Slug, r.City.Name),
                Person = new PersonCard(r.Person.Slug, r.Person.Honorific, r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder,
                    r.Person.Position, r.Person.Organisation, r.Person.Photo != null ? r.Person.Photo.Key : null, r.Person.PhotoAlt),
                r.Title,
                r.Government,
                r.Note,
                r.UpdatedAtUtc,
                PersonUpdatedAtUtc = r.Person.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var eventIds = rows.Select(r => r.EventId).Distinct().ToList();
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var roles = await db.ProgramItemPeople.AsNoTracking()
            .Where(p => eventIds.Contains(p.ProgramItem.EventId) && personIds.Contains(p.PersonId))
            .OrderBy(p => p.ProgramItem.Day.Date).ThenBy(p => p.ProgramItem.SortOrder)
            .Select(p => new
            {
                p.ProgramItem.EventId,
                p.PersonId,
                Role = new RepresentativeRole(p.ProgramItem.Slug, p.ProgramItem.Title, p.ProgramItem.Theme != null ? p.ProgramItem.Theme.Name : null,
                    p.ProgramItem.Kind, p.Role, p.Appearance),
            })
            .ToListAsync(ct);
        return rows.Select(r => new Representative(r.Header, r.City, r.Person, r.Title, r.Government, r.Note,
                roles.Where(x => x.EventId == r.EventId && x.PersonId == r.PersonId).Select(x => x.Role).ToList(),
                r.UpdatedAtUtc > r.PersonUpdatedAtUtc ? r.UpdatedAtUtc : r.PersonUpdatedAtUtc))
            .ToList();
    }
}
