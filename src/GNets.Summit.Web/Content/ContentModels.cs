using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Content;

/// <summary>Everything under content/, parsed and cross-checked, ready to import.</summary>
internal sealed record ContentSet(
    IReadOnlyList<CityContent> Cities,
    IReadOnlyList<PersonContent> People,
    IReadOnlyList<EventContent> Events,
    IReadOnlyList<PageContent> Pages);

internal sealed record CityContent(
    string Slug, string Name, string Country, string CountryCode, Continent Continent, CityKind Kind,
    double Latitude, double Longitude);

internal sealed record PersonContent(
    string Slug, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder,
    string Position, string? Organisation, string BioMarkdown);

internal sealed record PageContent(string Slug, string Title, string Summary, string BodyMarkdown, int? FooterOrder);

internal sealed record EventContent(
    string Slug, string Title, string ShortTitle, string Theme, string Summary, string IntroMarkdown,
    DateOnly StartDate, DateOnly EndDate, string TimeZoneId, string TimeZoneName,
    EventFormat Format, EventStatus Status, string Host, string? HostUrl, bool IsFeatured,
    VenueContent Venue, string? OnlineUrl,
    IReadOnlyList<(string CitySlug, ParticipationMode Mode)> Participation,
    IReadOnlyList<ThemeContent> Themes,
    IReadOnlyList<DayContent> Days,
    CommuniqueContent? Communique)
{
    public IReadOnlyList<RepresentativeContent> Representatives { get; init; } = [];
}

/// <summary>A person who represented a city at the event (events/&lt;slug&gt;/representatives.yml).</summary>
internal sealed record RepresentativeContent(
    string CitySlug, string PersonSlug, string Title, string? Government, string? Note, int SortOrder);

internal sealed record VenueContent(string Name, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode);

internal sealed record ThemeContent(string Slug, string Name, int SortOrder);

internal sealed record DayContent(DateOnly Date, string? Title, string? Note, IReadOnlyList<ItemContent> Items);

internal sealed record ItemContent(
    string Slug, ProgramItemKind Kind, string Title, int SortOrder, string? ThemeSlug,
    TimeOnly? StartsAt, TimeOnly? EndsAt, string? Note, string DescriptionMarkdown, string? VideoUrl,
    IReadOnlyList<(string PersonSlug, PersonRole Role, AppearanceMode Appearance)> People,
    IReadOnlyList<string> CitySlugs);

internal sealed record CommuniqueContent(
    string Title, string Subtitle, bool IsPublished, DateOnly? AdoptedOn, IReadOnlyList<SectionContent> Sections);

internal sealed record SectionContent(string Slug, string Heading, string BodyMarkdown, int SortOrder);
