using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.News;

/// <summary>The news list, a page per post and the Atom feed, in English and (under /ja) Japanese.</summary>
public sealed class NewsController(NewsQueries news, NewsFeed feed, PageDataCache cache) : PublicController
{
    /// <summary>/news, /news?page=2. A page past the end is not found.</summary>
    [HttpGet(SiteUrls.Routes.News)]
    public Task<IActionResult> Index([FromQuery] string? page, CancellationToken ct) => ListAsync(null, page, ct);

    /// <summary>
    /// /events/leaders-summit-2023/news: one event's posts, at an address of its own (not a query string),
    /// so the static archive can hold it. An unknown event is not found.
    /// </summary>
    [HttpGet(SiteUrls.Routes.EventNews)]
    public Task<IActionResult> ForEvent(string eventSlug, [FromQuery] string? page, CancellationToken ct) => ListAsync(eventSlug, page, ct);

    private async Task<IActionResult> ListAsync(string? eventSlug, string? page, CancellationToken ct)
    {
        var number = 1;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return BadRequest("page must be a whole number from 1.");
        }

        if (eventSlug is not null && !Slugs.IsValid(eventSlug))
        {
            return NotFound();
        }

        return await cache.GetOrLoadAsync($"news:{eventSlug}:{number}", () => news.ListAsync(eventSlug, number, ct)) is { } model
            ? View(nameof(Index), model)
            : NotFound();
    }

    [HttpGet(SiteUrls.Routes.NewsPost)]
    public async Task<IActionResult> Details(string slug, CancellationToken ct) =>
        await cache.GetOrLoadAsync($"news:{slug}", () => news.FindAsync(slug, ct)) is { } model
            ? View(model)
            : await RedirectForOldSlugAsync(ContentKind.News, slug, SiteUrls.NewsPost, ct) ?? NotFound();

    /// <summary>/news.atom and /ja/news.atom: Atom 1.0, with Last-Modified from the newest change (the ETag comes with every public page).</summary>
    [HttpGet(SiteUrls.Routes.NewsFeed)]
    public async Task<IActionResult> Feed(CancellationToken ct)
    {
        var document = await feed.WriteAsync(ct);
        Response.GetTypedHeaders().LastModified = document.Updated.AddTicks(-(document.Updated.Ticks % TimeSpan.TicksPerSecond));
        return File(document.Xml, "application/atom+xml; charset=utf-8");
    }
}
