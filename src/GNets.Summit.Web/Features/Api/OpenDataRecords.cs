namespace GNets.Summit.Web.Features.Api;

// The open data's shapes: what /api/v1 promises, kept apart from the entities so a schema change never
// changes the API by accident. Every object names its public page (url, absolute) and its slug; no ids.
// Both languages at one address: each text with a Japanese version has its twin beside it (title + titleJa, null
// while untranslated), each page its Japanese page (url + urlJa), and each record its translation status (jaStatus).

/// <summary>A pointer to an event from another object.</summary>
public sealed record ApiEventRef(string Slug, string Title, string? TitleJa, string Url, string UrlJa, string ApiUrl);

/// <summary>A pointer to a city from another object.</summary>
public sealed record ApiCityRef(string Slug, string Name, string? NameJa, string CountryCode, string Url, string UrlJa, string ApiUrl);

/// <summary>A pointer to a person from another object.</summary>
public sealed record ApiPersonRef(string Slug, string Name, string? NameJa, string Url, string UrlJa, string ApiUrl);

public sealed record ApiEventSummary(
    string Slug, string Title, string? TitleJa, string ShortTitle, string? ShortTitleJa, DateOnly StartDate, DateOnly EndDate,
    string Format, string Status, int CityCount, string Url, string UrlJa, string ApiUrl, string JaStatus);

public sealed record ApiVenue(string Name, string? NameJa, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode);

public sealed record ApiEvent(
    string Slug, string Title, string? TitleJa, string ShortTitle, string? ShortTitleJa, string Theme, string? ThemeJa,
    string Summary, string? SummaryJa, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, string Format, string Status, string Host, string? HostJa, ApiVenue Venue, int CityCount,
    string Url, string UrlJa, string ApiUrl, string ProgramApiUrl, string ParticipationsApiUrl, string CommuniqueApiUrl, string JaStatus);

public sealed record ApiProgram(ApiEventRef Event, string TimeZone, IReadOnlyList<ApiProgramDay> Days);

public sealed record ApiProgramDay(DateOnly Date, string? Title, string? TitleJa, IReadOnlyList<ApiProgramItem> Items);

/// <summary>An item of the program; most have only their day, so the times are null when the program gives none.</summary>
public sealed record ApiProgramItem(
    string Slug, string Title, string? TitleJa, string Kind, string? Theme, string? ThemeJa, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    string? Note, string? NoteJa, IReadOnlyList<ApiAppearance> People, IReadOnlyList<ApiCityRef> Cities, string Url, string UrlJa, string JaStatus);

public sealed record ApiAppearance(ApiPersonRef Person, string Role, string Appearance);

/// <summary>How one city took part in one event: "venue", "online" or "video-message" (a city may take part two ways).</summary>
public sealed record ApiParticipation(ApiCityRef City, string Mode, string ModeLabel);

public sealed record ApiParticipations(ApiEventRef Event, IReadOnlyList<ApiParticipation> Participations);

public sealed record ApiCity(
    string Slug, string Name, string? NameJa, string Country, string? CountryJa, string CountryCode, string Continent, string Kind,
    double Latitude, double Longitude, string Url, string UrlJa, string ApiUrl, string JaStatus);

public sealed record ApiCityParticipation(ApiEventRef Event, string Mode, string ModeLabel);

public sealed record ApiCityDetail(
    string Slug, string Name, string? NameJa, string Country, string? CountryJa, string CountryCode, string Continent, string Kind,
    double Latitude, double Longitude, string Url, string UrlJa, string ApiUrl, string JaStatus, IReadOnlyList<ApiCityParticipation> Participations);

public sealed record ApiPerson(
    string Slug, string Name, string? NameJa, string? Honorific, string? HonorificJa, string Position, string? PositionJa,
    string? Organisation, string? OrganisationJa, string Url, string UrlJa, string ApiUrl, string JaStatus);

public sealed record ApiPersonAppearance(
    ApiEventRef Event, string ItemSlug, string ItemTitle, string? ItemTitleJa, string Role, string Appearance, string Url, string UrlJa);

public sealed record ApiPersonDetail(
    string Slug, string Name, string? NameJa, string? Honorific, string? HonorificJa, string Position, string? PositionJa,
    string? Organisation, string? OrganisationJa, string BioMarkdown, string? BioMarkdownJa,
    string Url, string UrlJa, string ApiUrl, string JaStatus, IReadOnlyList<ApiPersonAppearance> Appearances);

public sealed record ApiCommunique(
    ApiEventRef Event, string Title, string? TitleJa, string Subtitle, string? SubtitleJa, DateOnly? AdoptedOn, string Url, string UrlJa,
    string JaStatus, IReadOnlyList<ApiCommuniqueSection> Sections);

public sealed record ApiCommuniqueSection(
    string Slug, string Heading, string? HeadingJa, string BodyMarkdown, string? BodyMarkdownJa, string Url, string UrlJa, string JaStatus);
