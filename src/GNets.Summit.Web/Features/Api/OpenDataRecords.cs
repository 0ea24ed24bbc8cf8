namespace GNets.Summit.Web.Features.Api;

// The open data's shapes: what /api/v1 promises, kept apart from the entities so a schema change never
// changes the API by accident. Every object names its public page (url, absolute) and its slug; no ids.

/// <summary>A pointer to an event from another object.</summary>
public sealed record ApiEventRef(string Slug, string Title, string Url, string ApiUrl);

/// <summary>A pointer to a city from another object.</summary>
public sealed record ApiCityRef(string Slug, string Name, string CountryCode, string Url, string ApiUrl);

/// <summary>A pointer to a person from another object.</summary>
public sealed record ApiPersonRef(string Slug, string Name, string Url, string ApiUrl);

public sealed record ApiEventSummary(
    string Slug, string Title, string ShortTitle, DateOnly StartDate, DateOnly EndDate, string Format, string Status,
    int CityCount, string Url, string ApiUrl);

public sealed record ApiVenue(string Name, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode);

public sealed record ApiEvent(
    string Slug, string Title, string ShortTitle, string Theme, string Summary, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, string Format, string Status, string Host, ApiVenue Venue, int CityCount,
    string Url, string ApiUrl, string ProgramApiUrl, string ParticipationsApiUrl, string CommuniqueApiUrl);

public sealed record ApiProgram(ApiEventRef Event, string TimeZone, IReadOnlyList<ApiProgramDay> Days);

public sealed record ApiProgramDay(DateOnly Date, string? Title, IReadOnlyList<ApiProgramItem> Items);

/// <summary>An item of the program; most have only their day, so the times are null when the program gives none.</summary>
public sealed record ApiProgramItem(
    string Slug, string Title, string Kind, string? Theme, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Note,
    IReadOnlyList<ApiAppearance> People, IReadOnlyList<ApiCityRef> Cities, string Url);

public sealed record ApiAppearance(ApiPersonRef Person, string Role, string Appearance);

/// <summary>How one city took part in one event: "venue", "online" or "video-message" (a city may take part two ways).</summary>
public sealed record ApiParticipation(ApiCityRef City, string Mode, string ModeLabel);

public sealed record ApiParticipations(ApiEventRef Event, IReadOnlyList<ApiParticipation> Participations);

public sealed record ApiCity(
    string Slug, string Name, string Country, string CountryCode, string Continent, string Kind,
    double Latitude, double Longitude, string Url, string ApiUrl);

public sealed record ApiCityParticipation(ApiEventRef Event, string Mode, string ModeLabel);

public sealed record ApiCityDetail(
    string Slug, string Name, string Country, string CountryCode, string Continent, string Kind,
    double Latitude, double Longitude, string Url, string ApiUrl, IReadOnlyList<ApiCityParticipation> Participations);

public sealed record ApiPerson(string Slug, string Name, string? Honorific, string Position, string? Organisation, string Url, string ApiUrl);

public sealed record ApiPersonAppearance(ApiEventRef Event, string ItemSlug, string ItemTitle, string Role, string Appearance, string Url);

public sealed record ApiPersonDetail(
    string Slug, string Name, string? Honorific, string Position, string? Organisation, string BioMarkdown,
    string Url, string ApiUrl, IReadOnlyList<ApiPersonAppearance> Appearances);

public sealed record ApiCommunique(
    ApiEventRef Event, string Title, string Subtitle, DateOnly? AdoptedOn, string Url, IReadOnlyList<ApiCommuniqueSection> Sections);

public sealed record ApiCommuniqueSection(string Slug, string Heading, string BodyMarkdown, string Url);
