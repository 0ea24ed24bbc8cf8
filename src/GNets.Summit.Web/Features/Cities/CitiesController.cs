using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Cities;

public sealed class CitiesController(CityQueries cities, PageDataCache cache, Seo.StructuredData structured) : PublicController
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

    /// <summary>The network's member cities, across every meeting.</summary>
    [HttpGet(SiteUrls.Routes.AllCities)]
    public async Task<IActionResult> All(CancellationToken ct) =>
        View(await cache.GetOrLoadAsync("all-cities", async () => await cities.AllAsync(ct)));
}
