using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.News;

/// <summary>A post as an event's overview lists it (read in the event's own query).</summary>
public sealed record EventNewsItem(string Slug, string Title, string? TitleJa, DateOnly Date)
{
    /// <summary>How many posts an event's overview lists; the rest are one link away.</summary>
    public const int PerEvent = 5;

    public Localized LocalTitle => Localized.Pick(Title, TitleJa);

    public string Url => SiteUrls.NewsPost(Slug);
}
