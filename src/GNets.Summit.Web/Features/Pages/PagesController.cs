using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Pages;

public sealed class PagesController(PageQueries pages, Infrastructure.PageDataCache cache) : PublicController
{
    // Literal routes (/events, /cities ...) win over this parameter; Order keeps it last among equals.
    [HttpGet(SiteUrls.Routes.Page, Order = 100)]
    public async Task<IActionResult> Details(string slug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(slug, () => pages.FindAsync(slug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Page, slug, SiteUrls.Page, ct) ?? NotFound();
}
