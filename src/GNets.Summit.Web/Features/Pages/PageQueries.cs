using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Pages;

public sealed record ContentPage(string Slug, string Title, string BodyMarkdown, PageMeta Meta) : IHasPageMeta;

public sealed class PageQueries(SummitDbContext db, IOptions<SiteOptions> options)
{
    /// <summary>
    /// "{{contact}}" in a page's text: how to reach the secretariat, from <see cref="SiteOptions.ContactEmail"/>,
    /// or the owner's own site while no address is set, so a page never shows an address nobody reads.
    /// </summary>
    public static string ExpandContact(string markdown, SiteOptions site) =>
        markdown.Replace("{{contact}}",
            site.HasContact
                ? $"write to the G-NETS secretariat at [{site.ContactEmail}](mailto:{site.ContactEmail})"
                : $"contact the G-NETS secretariat through the [{site.Owner}]({site.OwnerUrl})",
            StringComparison.Ordinal);

    public async Task<ContentPage?> FindAsync(string slug, CancellationToken ct)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Title, p.Summary, p.BodyMarkdown, p.UpdatedAtUtc })
            .SingleOrDefaultAsync(ct);
        return page is null
            ? null
            : new ContentPage(page.Slug, page.Title, ExpandContact(page.BodyMarkdown, options.Value),
                new PageMeta(page.Title, MarkdownRenderer.Truncate(page.Summary, 160), SiteUrls.Page(page.Slug))
                {
                    Section = page.Slug,
                    Breadcrumbs = [new("Home", "/")],
                    LastModifiedUtc = page.UpdatedAtUtc,
                });
    }
}
