namespace GNets.Summit.Web.Data.Entities;

public sealed class Communique : ContentEntity
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }
    /// <summary>e.g. "Summary of G-NETS Leaders Summit Communiqué".</summary>
    public string Subtitle { get; set; } = "";
    public string? SubtitleJa { get; set; }
    public bool IsPublished { get; set; }
    public DateOnly? AdoptedOn { get; set; }

    public List<CommuniqueSection> Sections { get; set; } = [];
}

public sealed class CommuniqueSection : ContentEntity
{
    public int CommuniqueId { get; set; }
    public Communique Communique { get; set; } = null!;
    /// <summary>The section's anchor on the communiqué page.</summary>
    public string Slug { get; set; } = "";
    public string Heading { get; set; } = "";
    public string? HeadingJa { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? BodyMarkdownJa { get; set; }
    public int SortOrder { get; set; }
}
