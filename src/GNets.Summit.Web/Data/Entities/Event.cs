namespace GNets.Summit.Web.Data.Entities;

public enum EventFormat
{
    InPerson = 0,
    Online = 1,
    Hybrid = 2,
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

    public List<Participation> Participations { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<ProgramDay> Days { get; set; } = [];
    public Communique? Communique { get; set; }
}
