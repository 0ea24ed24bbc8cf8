using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Content;

/// <summary>Everything under content/, parsed and cross-checked, ready to import.</summary>
internal sealed record ContentSet(
    IReadOnlyList<CityContent> Cities,
    IReadOnlyList<PersonContent> People,
    IReadOnlyList<EventContent> Events,
    IReadOnlyList<PageContent> Pages)
{
    public IReadOnlyList<ParticipationKindContent> ParticipationKinds { get; init; } = [];

    public IReadOnlyList<NewsContent> News { get; init; } = [];
}

/// <summary>A news post (content/news/&lt;slug&gt;.md); <see cref="EventSlug"/> names the event it is about, if any.</summary>
internal sealed record NewsContent(string Slug, string Title, DateOnly Date, string Summary, string? EventSlug, string BodyMarkdown, bool IsPublished)
{
    public JaNews? Ja { get; init; }
}

internal sealed record JaNews(string? Title, string? Summary, string? BodyMarkdown, TranslationStatus Status);

/// <summary>A way of taking part (content/participation-kinds.yml); its place in the file is its order.</summary>
internal sealed record ParticipationKindContent(string Slug, string Name, string Phrase, int SortOrder)
{
    public JaParticipationKind? Ja { get; init; }
}

internal sealed record JaParticipationKind(string? Name, string? Phrase, TranslationStatus Status);

internal sealed record CityContent(
    string Slug, string Name, string Country, string CountryCode, Continent Continent, CityKind Kind,
    double Latitude, double Longitude)
{
    public JaCity? Ja { get; init; }
}

internal sealed record PersonContent(
    string Slug, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder,
    string Position, string? Organisation, string BioMarkdown)
{
    public JaPerson? Ja { get; init; }
}

internal sealed record PageContent(string Slug, string Title, string Summary, string BodyMarkdown, int? FooterOrder)
{
    public JaPage? Ja { get; init; }
}

internal sealed record EventContent(
    string Slug, string Title, string ShortTitle, string Theme, string Summary, string IntroMarkdown,
    DateOnly StartDate, DateOnly EndDate, string TimeZoneId, string TimeZoneName,
    EventFormat Format, EventStatus Status, string Host, string? HostUrl, bool IsFeatured,
    VenueContent Venue, string? OnlineUrl,
    IReadOnlyList<(string CitySlug, string KindSlug)> Participation,
    IReadOnlyList<ThemeContent> Themes,
    IReadOnlyList<DayContent> Days,
    CommuniqueContent? Communique)
{
    public IReadOnlyList<RepresentativeContent> Representatives { get; init; } = [];

    /// <summary>What kind of meeting (event.md <c>kind</c>; leaders-summit when left out).</summary>
    public EventKind Kind { get; init; }

    /// <summary>The host's count of cities, when participation.yml is not the whole list (event.md <c>reported_city_count</c>).</summary>
    public int? ReportedCityCount { get; init; }

    /// <summary>The host's own page about the meeting (event.md <c>source_url</c>, https only).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>What is known and not known about the list of cities, in Markdown (event.md <c>participation_note</c>).</summary>
    public string? ParticipationNote { get; init; }

    public JaEvent? Ja { get; init; }
}

/// <summary>A person who represented a city at the event (events/&lt;slug&gt;/representatives.yml).</summary>
internal sealed record RepresentativeContent(
    string CitySlug, string PersonSlug, string Title, string? Government, string? Note, int SortOrder)
{
    public JaRepresentative? Ja { get; init; }
}

internal sealed record VenueContent(string Name, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode);

internal sealed record ThemeContent(string Slug, string Name, int SortOrder)
{
    public JaTheme? Ja { get; init; }
}

internal sealed record DayContent(DateOnly Date, string? Title, string? Note, IReadOnlyList<ItemContent> Items)
{
    public JaDay? Ja { get; init; }
}

internal sealed record ItemContent(
    string Slug, ProgramItemKind Kind, string Title, int SortOrder, string? ThemeSlug,
    TimeOnly? StartsAt, TimeOnly? EndsAt, string? Note, string DescriptionMarkdown, string? VideoUrl,
    IReadOnlyList<(string PersonSlug, PersonRole Role, AppearanceMode Appearance)> People,
    IReadOnlyList<string> CitySlugs)
{
    public JaItem? Ja { get; init; }
}

internal sealed record CommuniqueContent(
    string Title, string Subtitle, bool IsPublished, DateOnly? AdoptedOn, IReadOnlyList<SectionContent> Sections)
{
    public JaCommunique? Ja { get; init; }
}

internal sealed record SectionContent(string Slug, string Heading, string BodyMarkdown, int SortOrder)
{
    public JaSection? Ja { get; init; }
}

// The Japanese texts of a record, from its sidecar file (cities.ja.yml, people/<slug>.ja.md ...). A record
// without a sidecar entry has no Japanese (null); a field left out of the sidecar is null too.

internal sealed record JaCity(string? Name, string? Country, TranslationStatus Status);

internal sealed record JaPerson(
    string? Name, string? Honorific, string? Position, string? Organisation, string? PhotoAlt, string? BioMarkdown,
    TranslationStatus Status);

internal sealed record JaPage(string? Title, string? Summary, string? BodyMarkdown, TranslationStatus Status);

internal sealed record JaEvent(
    string? Title, string? ShortTitle, string? Theme, string? Summary, string? IntroMarkdown, string? TimeZoneName,
    string? Host, string? VenueName, TranslationStatus Status)
{
    public string? ParticipationNote { get; init; }
}

internal sealed record JaTheme(string? Name, TranslationStatus Status);

internal sealed record JaDay(string? Title, string? Note, TranslationStatus Status);

internal sealed record JaItem(string? Title, string? Note, string? DescriptionMarkdown, TranslationStatus Status);

internal sealed record JaRepresentative(string? Title, string? Government, string? Note, TranslationStatus Status);

internal sealed record JaCommunique(string? Title, string? Subtitle, TranslationStatus Status);

internal sealed record JaSection(string? Heading, string? BodyMarkdown, TranslationStatus Status);
