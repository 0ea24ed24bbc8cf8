namespace GNets.Summit.Web.Data.Entities;

/// <summary>A news post: site-wide, or about one event when <see cref="EventId"/> is set.</summary>
public sealed class NewsPost : ContentEntity
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }

    /// <summary>The date the post is dated by (what it reports, or when it was written); lists are newest first.</summary>
    public DateOnly PublishedOn { get; set; }

    /// <summary>One or two sentences for lists, meta descriptions and the feed.</summary>
    public string Summary { get; set; } = "";
    public string? SummaryJa { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? BodyMarkdownJa { get; set; }

    /// <summary>Unpublished posts are kept for staff and shown nowhere public.</summary>
    public bool IsPublished { get; set; } = true;

    public int? EventId { get; set; }
    public Event? Event { get; set; }

    public int? ImageId { get; set; }
    public MediaImage? Image { get; set; }
    public string? ImageAlt { get; set; }
    public string? ImageAltJa { get; set; }
}
