namespace GNets.Summit.Web.Data.Entities;

public enum ContentKind
{
    Event = 0,
    City = 1,
    Person = 2,
    ProgramItem = 3,
    Page = 4,
    Theme = 5,
    ProgramDay = 6,
    Communique = 7,
    CommuniqueSection = 8,
    Image = 9,
    /// <summary>Audit log only: a staff account was created, changed, reset, unlocked or deleted (no page, no slug).</summary>
    StaffAccount = 10,
    /// <summary>Audit log only: a backup of the store was made.</summary>
    Backup = 11,
    /// <summary>A person representing a city at an event (no page of its own).</summary>
    Representation = 12,
    /// <summary>A news post, site-wide or about one event.</summary>
    News = 13,
    /// <summary>A way of taking part in a meeting (at the venue, online, presenter, …).</summary>
    ParticipationKind = 14,
}

/// <summary>An old slug that answers 301 to the record's current URL.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public ContentKind Kind { get; set; }
    /// <summary>For slugs unique within an event (program items); null otherwise.</summary>
    public int? EventId { get; set; }
    public string OldSlug { get; set; } = "";
    public int EntityId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
