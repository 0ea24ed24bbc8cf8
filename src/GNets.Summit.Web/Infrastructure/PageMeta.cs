namespace GNets.Summit.Web.Infrastructure;

/// <summary>What the layout needs to describe a page to people, browsers and search engines.</summary>
public sealed record PageMeta(string Title, string Description, string CanonicalPath)
{
    /// <summary>The page's name at the end of the breadcrumb trail; the title when not set.</summary>
    public string? Crumb { get; init; }

    /// <summary>Which main navigation entry is current ("program", "cities" ...).</summary>
    public string? Section { get; init; }
    public string OgType { get; init; } = "website";
    /// <summary>Site-relative or absolute; the layout falls back to the site's default share image.</summary>
    public string? ImagePath { get; init; }
    public string? ImageAlt { get; init; }
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];
    /// <summary>schema.org objects, serialised into one application/ld+json block.</summary>
    public IReadOnlyList<object> JsonLd { get; init; } = [];
    public DateTime? LastModifiedUtc { get; init; }
    public bool NoIndex { get; init; }
}

public sealed record Breadcrumb(string Name, string Path);

/// <summary>A view model that describes its page.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
