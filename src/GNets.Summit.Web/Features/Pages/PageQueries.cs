using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Pages;

public sealed record ContentPage(string Slug, string Title, string BodyMarkdown, PageMeta Meta) : IHasPageMeta;

public sealed class PageQueries(SummitDbContext db)
{
    public async Task<ContentPage?> FindAsync(string slug, CancellationToken ct)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Title, p.Summary, p.BodyMarkdown, p.UpdatedAtUtc })
            .SingleOrDefaultAsync(ct);
        return page is null
            ? null
            : new ContentPage(page.Slug, page.Title, page.BodyMarkdown,
                new PageMeta(page.Title, MarkdownRenderer.Truncate(page.Summary, 160), SiteUrls.Page(page.Slug))
                {
                    Section = page.Slug,
                    Breadcrumbs = [new("Home", "/")],
                    LastModifiedUtc = page.UpdatedAtUtc,
                });
    }
}
