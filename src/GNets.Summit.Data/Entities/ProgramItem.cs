namespace GNets.Summit.Web.Data.Entities;

/// <summary>A theme sessions are grouped under ("Environment", "Inclusive and Just Societies" ...).</summary>
public sealed class Theme : ContentEntity
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameJa { get; set; }
    public int SortOrder { get; set; }

    public List<ProgramItem> Items { get; set; } = [];
}

public sealed class ProgramDay : ContentEntity
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public DateOnly Date { get; set; }
    public string? Title { get; set; }
    public string? TitleJa { get; set; }
    public string? Note { get; set; }
    public string? NoteJa { get; set; }

    public List<ProgramItem> Items { get; set; } = [];
}

public enum ProgramItemKind
{
    SiteVisit = 0,
    Ceremony = 1,
    Keynote = 2,
    VideoMessages = 3,
    Session = 4,
    Plenary = 5,
    Announcement = 6,
    Break = 7,
    Other = 8,
}

public sealed class ProgramItem : ContentEntity
{
    /// <summary>Denormalised from the day so slugs can be unique per event.</summary>
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int DayId { get; set; }
    public ProgramDay Day { get; set; } = null!;
    public string Slug { get; set; } = "";
    public ProgramItemKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }
    public int SortOrder { get; set; }
    public int? ThemeId { get; set; }
    public Theme? Theme { get; set; }
    /// <summary>Start and end as UTC; shown in the event's time zone. Optional: the 2023 program has no times.</summary>
    public DateTime? StartsAtUtc { get; set; }
    public DateTime? EndsAtUtc { get; set; }
    public string? Note { get; set; }
    public string? NoteJa { get; set; }
    public string DescriptionMarkdown { get; set; } = "";
    public string? DescriptionMarkdownJa { get; set; }
    public string? VideoUrl { get; set; }

    public List<ProgramItemPerson> People { get; set; } = [];
    public List<ProgramItemCity> Cities { get; set; } = [];
}

public enum PersonRole
{
    Speaker = 0,
    Moderator = 1,
    /// <summary>Gave a greeting, e.g. the host's opening greeting.</summary>
    Greeting = 2,
    /// <summary>Took part (attended a session) without a talk of their own on the program.</summary>
    Participant = 3,
}

public enum AppearanceMode
{
    InPerson = 0,
    VideoMessage = 1,
    Online = 2,
}

/// <summary>Who appears in a program item, in what role and how, in order.</summary>
public sealed class ProgramItemPerson
{
    public int Id { get; set; }
    public int ProgramItemId { get; set; }
    public ProgramItem ProgramItem { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public PersonRole Role { get; set; }
    public AppearanceMode Appearance { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A city taking part in a program item, in the order the program lists them.</summary>
public sealed class ProgramItemCity
{
    public int Id { get; set; }
    public int ProgramItemId { get; set; }
    public ProgramItem ProgramItem { get; set; } = null!;
    public int CityId { get; set; }
    public City City { get; set; } = null!;
    public int SortOrder { get; set; }
}
