using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Events;

public sealed class EventsController(EventQueries events, SiteChromeCache chrome, Seo.StructuredData structured, PageDataCache cache) : PublicController
{
    [HttpGet(SiteUrls.Routes.Home)]
    public async Task<IActionResult> Home(CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        return site.FeaturedEventSlug is { } slug && await FindAsync(slug, ct) is { } model
            ? View("Details", model)
            : View("Empty");
    }

    [HttpGet(SiteUrls.Routes.Events)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await cache.GetOrLoadAsync("events", async () => await events.ListAsync(ct)));

    [HttpGet(SiteUrls.Routes.Event)]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var model = await FindAsync(slug, ct);
        if (model is null)
        {
            return await RedirectForOldSlugAsync(Data.Entities.ContentKind.Event, slug, s => SiteUrls.Event(s), ct) ?? NotFound();
        }

        // The featured event's overview is the home page: one URL per page.
        return model.Event.IsFeatured ? Redirect(SiteUrls.Home) : View(model);
    }

    private Task<EventPage?> FindAsync(string slug, CancellationToken ct) =>
        cache.GetOrLoadAsync(slug, async () => await events.FindAsync(slug, ct) is { } page ? structured.Describe(page) : null);
}
