using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Cities;

public sealed class CitiesController(CityQueries cities, SiteChromeCache chrome, PageDataCache cache, Seo.StructuredData structured) : PublicController
{
    [HttpGet(SiteUrls.Routes.Cities)]
    public async Task<IActionResult> Index(string eventSlug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(eventSlug, () => cities.ForEventAsync(eventSlug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, SiteUrls.Cities, ct) ?? NotFound();

    [HttpGet(SiteUrls.Routes.City)]
    public async Task<IActionResult> Details(string slug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(slug, async () => await cities.FindAsync(slug, ct) is { } page ? structured.Describe(page) : null) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.City, slug, SiteUrls.City, ct) ?? NotFound();

    /// <summary>A short address to share: the featured event's cities.</summary>
    [HttpGet(SiteUrls.Routes.FeaturedCities)]
    public async Task<IActionResult> Featured(CancellationToken ct) =>
        (await chrome.GetAsync(ct)).FeaturedEventSlug is { } slug ? Redirect(SiteUrls.Cities(slug)) : NotFound();
}
