using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Events;

public sealed class EventsController(EventQueries events, Seo.StructuredData structured, PageDataCache cache) : PublicController
{
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

        return View(model);
    }

    private Task<EventPage?> FindAsync(string slug, CancellationToken ct) =>
        cache.GetOrLoadAsync(slug, async () => await events.FindAsync(slug, ct) is { } page ? structured.Describe(page) : null);
}
