namespace GNets.Summit.Web.Data.Entities;

public enum EventFormat
{
    InPerson = 0,
    Online = 1,
    Hybrid = 2,
}

/// <summary>
/// What kind of G-NETS meeting an event is. G-NETS meets at three levels (<see cref="EventLevel"/>);
/// each kind belongs to one (see <see cref="EventLevels"/>).
/// </summary>
public enum EventKind
{
    /// <summary>A meeting of leaders (首長級会議): governors, mayors and other heads of city governments.</summary>
    LeadersSummit = 0,

    /// <summary>A meeting of senior officials (実務責任者級会議), often preparing a leaders' summit.</summary>
    SeniorOfficialsMeeting = 1,

    /// <summary>A meeting of working-level staff (実務担当者級), e.g. the Working Group Plenary Meeting.</summary>
    WorkingGroupMeeting = 2,

    /// <summary>A visit by working-level staff to see a city's work on site.</summary>
    SiteVisit = 3,
}

/// <summary>The three levels G-NETS meets at, highest first.</summary>
public enum EventLevel
{
    Leaders = 0,
    SeniorOfficials = 1,
    WorkingLevel = 2,
}

public static class EventLevels
{
    public static EventLevel Of(EventKind kind) => kind switch
    {
        EventKind.LeadersSummit => EventLevel.Leaders,
        EventKind.SeniorOfficialsMeeting => EventLevel.SeniorOfficials,
        _ => EventLevel.WorkingLevel,
    };
}

/// <summary>Mirrors schema.org's EventStatusType.</summary>
public enum EventStatus
{
    Scheduled = 0,
    Rescheduled = 1,
    Postponed = 2,
    Cancelled = 3,
    MovedOnline = 4,
}

/// <summary>One G-NETS event (a Leaders Summit, an officials' meeting ...). Participation, roles and the program belong to it.</summary>
public sealed class Event : ContentEntity
{
    public string Slug { get; set; } = "";
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }
    public string ShortTitle { get; set; } = "";
    public string? ShortTitleJa { get; set; }
    public string Theme { get; set; } = "";
    public string? ThemeJa { get; set; }
    /// <summary>One or two sentences used for meta descriptions and cards.</summary>
    public string Summary { get; set; } = "";
    public string? SummaryJa { get; set; }
    public string IntroMarkdown { get; set; } = "";
    public string? IntroMarkdownJa { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>IANA zone the event's times are shown in, e.g. Asia/Tokyo.</summary>
    public string TimeZoneId { get; set; } = "Asia/Tokyo";
    /// <summary>How the zone is named to visitors, e.g. "Japan Standard Time".</summary>
    public string TimeZoneName { get; set; } = "";
    public string? TimeZoneNameJa { get; set; }
    public EventFormat Format { get; set; }
    public EventStatus Status { get; set; }
    public string Host { get; set; } = "";
    public string? HostJa { get; set; }
    public string? HostUrl { get; set; }
    public string VenueName { get; set; } = "";
    public string? VenueNameJa { get; set; }
    public string? VenueStreet { get; set; }
    public string? VenueLocality { get; set; }
    public string? VenueRegion { get; set; }
    public string? VenuePostalCode { get; set; }
    public string? VenueCountryCode { get; set; }
    public string? OnlineUrl { get; set; }
    /// <summary>The event shown on the home page; at most one event has it.</summary>
    public bool IsFeatured { get; set; }
    public int? ImageId { get; set; }
    public MediaImage? Image { get; set; }
    public string? ImageAlt { get; set; }
    public string? ImageAltJa { get; set; }

    /// <summary>
    /// How many cities the host says took part, when its list is incomplete or missing (2024: "45 cities",
    /// no list found). Null when the participations below are the whole list.
    /// </summary>
    public int? ReportedCityCount { get; set; }

    /// <summary>What is known and not known about the list of cities (Markdown), shown above the list; e.g. "the host's list is cut off".</summary>
    public string? ParticipationNote { get; set; }
    public string? ParticipationNoteJa { get; set; }

    /// <summary>The host's own page about the meeting, the source of this record.</summary>
    public string? SourceUrl { get; set; }

    public List<Participation> Participations { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<ProgramDay> Days { get; set; } = [];
    public Communique? Communique { get; set; }
}
