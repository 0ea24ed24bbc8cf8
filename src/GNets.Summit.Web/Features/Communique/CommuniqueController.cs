using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Communique;

public sealed class CommuniqueController(CommuniqueQueries communiques, SiteChromeCache chrome, PageDataCache cache) : PublicController
{
    [HttpGet(SiteUrls.Routes.Communique)]
    public async Task<IActionResult> Index(string eventSlug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(eventSlug, () => communiques.ForEventAsync(eventSlug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, SiteUrls.Communique, ct) ?? NotFound();

    [HttpGet(SiteUrls.Routes.FeaturedCommunique)]
    public async Task<IActionResult> Featured(CancellationToken ct) =>
        (await chrome.GetAsync(ct)) is { FeaturedEventSlug: { } slug, FeaturedHasCommunique: true }
            ? Redirect(SiteUrls.Communique(slug))
            : NotFound();
}
