using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;

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

/// <summary>
/// A stored representation as the pages' queries project it (inside their one query: a page costs no
/// extra SQL); what the person did comes from the program rows the page has loaded anyway.
/// </summary>
public sealed record RepresentationRow(
    EventHeader Event, CityLink City, PersonCard Person, string Title, string? Government, string? Note, int SortOrder, DateTime UpdatedAtUtc)
{
    public Representative With(IEnumerable<RepresentativeRole> roles) =>
        new(Event, City, Person, Title, Government, Note, roles.ToList(), UpdatedAtUtc);

    /// <summary>The one projection of a stored representation, used inside the queries of every page that shows one.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Data.Entities.Representation, RepresentationRow>> Projection = r =>
        new RepresentationRow(
            new EventHeader(r.Event.Slug, r.Event.Title, r.Event.ShortTitle, r.Event.TimeZoneId, r.Event.TimeZoneName, r.Event.IsFeatured),
            new CityLink(r.City.Slug, r.City.Name),
            new PersonCard(r.Person.Slug, r.Person.Honorific, r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder,
                r.Person.Position, r.Person.Organisation, r.Person.Photo != null ? r.Person.Photo.Key : null, r.Person.PhotoAlt),
            r.Title, r.Government, r.Note, r.SortOrder, r.UpdatedAtUtc > r.Person.UpdatedAtUtc ? r.UpdatedAtUtc : r.Person.UpdatedAtUtc);
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
