using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.People;

public sealed class PeopleController(PersonQueries people, Seo.StructuredData structured, PageDataCache cache) : PublicController
{
    [HttpGet(SiteUrls.Routes.People)]
    public async Task<IActionResult> Index(string eventSlug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(eventSlug, () => people.ForEventAsync(eventSlug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, SiteUrls.People, ct) ?? NotFound();

    [HttpGet(SiteUrls.Routes.Person)]
    public async Task<IActionResult> Details(string slug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(slug, async () => await people.FindAsync(slug, ct) is { } page ? structured.Describe(page) : null) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Person, slug, SiteUrls.Person, ct) ?? NotFound();

    /// <summary>The network's people, across every meeting.</summary>
    [HttpGet(SiteUrls.Routes.AllPeople)]
    public async Task<IActionResult> All(CancellationToken ct) =>
        View(await cache.GetOrLoadAsync("all-people", async () => await people.AllAsync(ct)));
}
