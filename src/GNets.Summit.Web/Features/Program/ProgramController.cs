using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Program;

public sealed class ProgramController(ProgramQueries program, SiteChromeCache chrome, Seo.StructuredData structured, PageDataCache cache) : PublicController
{
    [HttpGet(SiteUrls.Routes.Program)]
    public async Task<IActionResult> Index(string eventSlug, CancellationToken ct) =>
        await cache.GetOrLoadAsync(eventSlug, () => program.ForEventAsync(eventSlug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, SiteUrls.Program, ct) ?? NotFound();

    [HttpGet(SiteUrls.Routes.ProgramItem)]
    public async Task<IActionResult> Details(string eventSlug, string slug, CancellationToken ct)
    {
        if (await cache.GetOrLoadAsync($"{eventSlug}/{slug}", async () => await program.FindAsync(eventSlug, slug, ct) is { } page ? structured.Describe(page) : null) is { } model)
        {
            return View(model);
        }

        return await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, s => SiteUrls.ProgramItem(s, slug), ct)
            ?? await RedirectForOldItemSlugAsync(eventSlug, slug, ct)
            ?? NotFound();
    }

    [HttpGet(SiteUrls.Routes.FeaturedProgram)]
    public async Task<IActionResult> Featured(CancellationToken ct) =>
        (await chrome.GetAsync(ct)).FeaturedEventSlug is { } slug ? Redirect(SiteUrls.Program(slug)) : NotFound();
}
