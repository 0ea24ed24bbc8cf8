namespace GNets.Summit.Web.Data.Entities;

/// <summary>A free-standing page of the site (about G-NETS, accessibility statement ...).</summary>
public sealed class Page : ContentEntity
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleJa { get; set; }
    public string Summary { get; set; } = "";
    public string? SummaryJa { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? BodyMarkdownJa { get; set; }
    /// <summary>Where the page is linked from the footer, in order; null keeps it out of the footer.</summary>
    public int? FooterOrder { get; set; }
}
