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

/// <summary>
/// An event in the list. kind: "leaders-summit", "senior-officials-meeting", "working-group-meeting", "site-visit";
/// level: "leaders", "senior-officials", "working-level". cityCount counts the cities listed here; reportedCityCount is
/// the host's own count when that list is incomplete or missing (null when the list is whole); sourceUrl is the host's page.
/// </summary>
public sealed record ApiEventSummary(
    string Slug, string Title, string? TitleJa, string ShortTitle, string? ShortTitleJa, string Kind, string Level, DateOnly StartDate, DateOnly EndDate,
    string Format, string Status, int CityCount, int? ReportedCityCount, string? SourceUrl, string Url, string UrlJa, string ApiUrl, string JaStatus);

public sealed record ApiVenue(string Name, string? NameJa, string? Street, string? Locality, string? Region, string? PostalCode, string? CountryCode);

/// <summary>One event; kind, level, reportedCityCount and sourceUrl as in the list. participationNote (Markdown) says what is known
/// and not known about the list of cities.</summary>
public sealed record ApiEvent(
    string Slug, string Title, string? TitleJa, string ShortTitle, string? ShortTitleJa, string Kind, string Level, string Theme, string? ThemeJa,
    string Summary, string? SummaryJa, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, string Format, string Status, string Host, string? HostJa, ApiVenue Venue, int CityCount,
    int? ReportedCityCount, string? ParticipationNote, string? ParticipationNoteJa, string? SourceUrl,
    string Url, string UrlJa, string ApiUrl, string ProgramApiUrl, string ParticipationsApiUrl, string? CommuniqueApiUrl, string JaStatus);

public sealed record ApiProgram(ApiEventRef Event, string TimeZone, IReadOnlyList<ApiProgramDay> Days);

public sealed record ApiProgramDay(DateOnly Date, string? Title, string? TitleJa, IReadOnlyList<ApiProgramItem> Items);

/// <summary>An item of the program; most have only their day, so the times are null when the program gives none.</summary>
public sealed record ApiProgramItem(
    string Slug, string Title, string? TitleJa, string Kind, string? Theme, string? ThemeJa, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    string? Note, string? NoteJa, IReadOnlyList<ApiAppearance> People, IReadOnlyList<ApiCityRef> Cities, string Url, string UrlJa, string JaStatus);

public sealed record ApiAppearance(ApiPersonRef Person, string Role, string Appearance);

/// <summary>
/// How one city took part in one event. mode is the way's slug ("venue", "online", "video-message", "presenter",
/// "audience", …: see /api/v1/participation-kinds, which staff may extend); modeLabel(Ja) is its name. A city may take part two ways.
/// </summary>
public sealed record ApiParticipation(ApiCityRef City, string Mode, string ModeLabel, string? ModeLabelJa);

/// <summary>An event's cities; reportedCityCount and participationNote say when the host's list is incomplete.</summary>
public sealed record ApiParticipations(
    ApiEventRef Event, int? ReportedCityCount, string? ParticipationNote, string? ParticipationNoteJa, IReadOnlyList<ApiParticipation> Participations);

/// <summary>A way of taking part in a meeting: its slug (a participation's mode), its name and how it reads after "took part", in list order.</summary>
public sealed record ApiParticipationKind(string Slug, string Name, string? NameJa, string Phrase, string? PhraseJa, int Order, string JaStatus);

public sealed record ApiCity(
    string Slug, string Name, string? NameJa, string Country, string? CountryJa, string CountryCode, string Continent, string Kind,
    double Latitude, double Longitude, string Url, string UrlJa, string ApiUrl, string JaStatus);

public sealed record ApiCityParticipation(ApiEventRef Event, string Mode, string ModeLabel, string? ModeLabelJa);

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

/// <summary>An answer and the time its records last changed (the answer's Last-Modified); not part of the JSON.</summary>
public sealed record Dated<T>(T Value, DateTime LastModifiedUtc);
