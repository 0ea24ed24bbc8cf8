using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using NetEscapades.AspNetCore.SecurityHeaders;

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

    /// <summary>
    /// The program as a compact page for partner cities' sites to frame: its own layout and small stylesheet,
    /// no script, links that open the full pages outside the frame. Framing is allowed only here
    /// (<see cref="SecurityExtensions.EmbedPolicy"/>, Embed:FrameAncestors); it is noindex, with the program
    /// page as its canonical, so it never competes with that page in search engines.
    /// </summary>
    [HttpGet(SiteUrls.Routes.EmbedProgram)]
    [SecurityHeadersPolicy(SecurityExtensions.EmbedPolicy)]
    public async Task<IActionResult> Embed(string eventSlug, CancellationToken ct)
    {
        if (await cache.GetOrLoadAsync(eventSlug, () => program.ForEventAsync(eventSlug, ct)) is { } model)
        {
            Response.Headers["X-Robots-Tag"] = "noindex";
            return View(model);
        }

        return await RedirectForOldSlugAsync(ContentKind.Event, eventSlug, SiteUrls.EmbedProgram, ct) ?? NotFound();
    }

    [HttpGet(SiteUrls.Routes.FeaturedProgram)]
    public async Task<IActionResult> Featured(CancellationToken ct) =>
        (await chrome.GetAsync(ct)).FeaturedEventSlug is { } slug ? Redirect(SiteUrls.Program(slug)) : NotFound();
}
