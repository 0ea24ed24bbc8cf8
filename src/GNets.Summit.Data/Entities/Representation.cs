namespace GNets.Summit.Web.Data.Entities;

/// <summary>
/// A person who represented a city at an event, with the title the sources give ("Governor", "Mayor",
/// "Director of the City"). What they did in the program (a greeting, a session they attended, a video
/// message) is their <see cref="ProgramItemPerson"/> rows; the city pages, session pages and people list
/// read both.
/// </summary>
public sealed class Representation : ContentEntity
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int CityId { get; set; }
    public City City { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    /// <summary>The title as the source writes it, e.g. "Governor of Tokyo", "Mayor of New York".</summary>
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }
    /// <summary>The city's government the person spoke for, when the source names it ("Greater Amman Municipality"); schema.org affiliation.</summary>
    public string? Government { get; set; }
    public string? GovernmentJa { get; set; }
    /// <summary>A short note, e.g. "Host", "By video message".</summary>
    public string? Note { get; set; }
    public string? NoteJa { get; set; }
    public int SortOrder { get; set; }
}
