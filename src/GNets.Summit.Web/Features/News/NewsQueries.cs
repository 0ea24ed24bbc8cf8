using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.News;

/// <summary>The event a post is about, linked from the post and used to filter the list.</summary>
public sealed record NewsEventLink(string Slug, Localized Title, bool IsFeatured)
{
    public string Url => SiteUrls.Event(Slug);

    /// <summary>The news list filtered to this event's posts.</summary>
    public string NewsUrl => SiteUrls.NewsList(Slug);
}

/// <summary>A post in a list: its title, date and summary in the page's language.</summary>
public sealed record NewsCard(string Slug, Localized Title, DateOnly Date, Localized Summary, NewsEventLink? Event)
{
    public string Url => SiteUrls.NewsPost(Slug);
}

/// <summary>/news: the published posts newest first, a page at a time, optionally one event's only.</summary>
public sealed record NewsIndexPage(IReadOnlyList<NewsCard> Posts, NewsEventLink? Filter, int PageNumber, int PageCount, PageMeta Meta) : IHasPageMeta
{
    public string? PreviousUrl => PageNumber > 1 ? SiteUrls.NewsList(Filter?.Slug, PageNumber - 1) : null;

    public string? NextUrl => PageNumber < PageCount ? SiteUrls.NewsList(Filter?.Slug, PageNumber + 1) : null;
}

/// <summary>/news/{slug}: one post; <see cref="Body"/> is Markdown (the English, marked, when not translated).</summary>
public sealed record NewsPostPage(NewsCard Post, Localized Body, PhotoView? Photo, PageMeta Meta) : IHasPageMeta;

/// <summary>
/// The public side of the news. Unpublished posts are filtered here, in every query, so they appear
/// nowhere public (list, page, feed, event page, sitemap and search each read through a published filter).
/// </summary>
public sealed class NewsQueries(SummitDbContext db, IOptions<SiteOptions> options)
{
    /// <summary>Posts per page of the list.</summary>
    public const int PageSize = 20;

    private SiteOptions Site => options.Value;

    /// <summary>A page of the list; null when the event filter names no event or the page is past the end.</summary>
    public async Task<NewsIndexPage?> ListAsync(string? eventSlug, int page, CancellationToken ct)
    {
        NewsEventLink? filter = null;
        if (eventSlug is not null)
        {
            var ev = await db.Events.AsNoTracking().Where(e => e.Slug == eventSlug)
                .Select(e => new { e.Slug, e.ShortTitle, e.ShortTitleJa, e.IsFeatured })
                .SingleOrDefaultAsync(ct);
            if (ev is null)
            {
                return null;
            }

            filter = new NewsEventLink(ev.Slug, Localized.Pick(ev.ShortTitle, ev.ShortTitleJa), ev.IsFeatured);
        }

        // The list is small (a few posts a year): one query for all the headlines, paged here.
        var rows = await db.NewsPosts.AsNoTracking()
            .Where(p => p.IsPublished && (eventSlug == null || (p.Event != null && p.Event.Slug == eventSlug)))
            .OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Slug, p.Title, p.TitleJa, p.PublishedOn, p.Summary, p.SummaryJa, p.UpdatedAtUtc,
                EventSlug = p.Event != null ? p.Event.Slug : null,
                EventTitle = p.Event != null ? p.Event.ShortTitle : null,
                EventTitleJa = p.Event != null ? p.Event.ShortTitleJa : null,
                EventFeatured = p.Event != null && p.Event.IsFeatured,
            })
            .ToListAsync(ct);
        var pageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var cards = rows.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new NewsCard(p.Slug, Localized.Pick(p.Title, p.TitleJa), p.PublishedOn, Localized.Pick(p.Summary, p.SummaryJa),
                p.EventSlug is null ? null : new NewsEventLink(p.EventSlug, Localized.Pick(p.EventTitle!, p.EventTitleJa), p.EventFeatured)))
            .ToList();
        var title = filter is null ? Display.T("News") : Display.T("News: {0}", filter.Title.Text);
        if (page > 1)
        {
            title = Display.T("{0} (page {1})", title, page);
        }

        var description = filter is null
            ? Display.T("News of the G-NETS network: its meetings, communiqués and joint projects, newest first.")
            : Display.T("News about {0}, newest first.", filter.Title.Text);
        return new NewsIndexPage(cards, filter, page, pageCount,
            new PageMeta(title, description, SiteUrls.NewsList(eventSlug, page))
            {
                Section = "news",
                Crumb = filter is null ? null : filter.Title.Text,
                Breadcrumbs = filter is null
                    ? [new(Display.T("Home"), SiteUrls.Home)]
                    : [new(Display.T("Home"), SiteUrls.Home), new(Display.T("News"), SiteUrls.News)],
                LastModifiedUtc = rows.Count == 0 ? null : rows.Max(r => r.UpdatedAtUtc),
            });
    }

    /// <summary>One published post with its event and photo, in one query; null when there is none by that slug.</summary>
    public async Task<NewsPostPage?> FindAsync(string slug, CancellationToken ct)
    {
        var p = await db.NewsPosts.AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => new
            {
                p.Slug, p.Title, p.TitleJa, p.PublishedOn, p.Summary, p.SummaryJa, p.BodyMarkdown, p.BodyMarkdownJa, p.UpdatedAtUtc,
                p.ImageAlt, p.ImageAltJa,
                Image = p.Image != null ? new { p.Image.Key, p.Image.Width, p.Image.Height, p.Image.InLibrary } : null,
                EventSlug = p.Event != null ? p.Event.Slug : null,
                EventTitle = p.Event != null ? p.Event.ShortTitle : null,
                EventTitleJa = p.Event != null ? p.Event.ShortTitleJa : null,
                EventFeatured = p.Event != null && p.Event.IsFeatured,
            })
            .SingleOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }

        var ev = p.EventSlug is null ? null : new NewsEventLink(p.EventSlug, Localized.Pick(p.EventTitle!, p.EventTitleJa), p.EventFeatured);
        var card = new NewsCard(p.Slug, Localized.Pick(p.Title, p.TitleJa), p.PublishedOn, Localized.Pick(p.Summary, p.SummaryJa), ev);
        var alt = Localized.Pick(p.ImageAlt ?? "", p.ImageAltJa);
        var photo = p.Image is { } image ? PhotoView.Of(image.Key, image.Width, image.Height, image.InLibrary, alt, null, null) : null;
        var url = SiteUrls.NewsPost(p.Slug);
        var description = MarkdownRenderer.Truncate(card.Summary.Text, 160);
        var article = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["inLanguage"] = SiteLanguages.Current.Tag(),
            ["headline"] = card.Title.Text,
            ["description"] = description,
            ["url"] = Site.Absolute(url),
            ["mainEntityOfPage"] = Site.Absolute(url),
            ["datePublished"] = Display.IsoDate(p.PublishedOn),
            ["dateModified"] = p.UpdatedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["image"] = new[] { Site.Absolute(photo?.SharePath ?? SiteUrls.ShareImage) },
            ["author"] = Owner(),
            ["publisher"] = Owner(),
            ["about"] = ev is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["@id"] = Site.Absolute(ev.Url) + "#event",
                ["name"] = ev.Title.Text,
                ["url"] = Site.Absolute(ev.Url),
            },
        };
        return new NewsPostPage(card, Localized.Pick(p.BodyMarkdown, p.BodyMarkdownJa), photo,
            new PageMeta(card.Title.Text, description, url)
            {
                Section = "news",
                OgType = "article",
                ImagePath = photo?.SharePath,
                ImageAlt = photo is null ? null : alt.Text,
                Breadcrumbs = [new(Display.T("Home"), SiteUrls.Home), new(Display.T("News"), SiteUrls.News)],
                JsonLd = [article],
                LastModifiedUtc = p.UpdatedAtUtc,
            });
    }

    /// <summary>The host as schema.org names it: the one who writes and publishes the news.</summary>
    private Dictionary<string, object?> Owner() => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = Site.OwnerIn(SiteLanguages.Current),
        ["url"] = Site.OwnerUrlIn(SiteLanguages.Current),
    };
}
