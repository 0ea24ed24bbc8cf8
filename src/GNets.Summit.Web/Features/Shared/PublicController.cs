using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features;

/// <summary>
/// Public pages: served from the output cache (evicted by every content save) and shown to anyone.
/// Route values are slugs; anything that is not one is simply not found. Each exists in English and,
/// under "/ja", in Japanese (<see cref="JapaneseEditionAttribute"/>), unless marked <see cref="EnglishOnlyAttribute"/>.
/// </summary>
[JapaneseEdition]
[OutputCache(PolicyName = CachePolicies.PublicPages)]
public abstract class PublicController : Controller
{
    /// <summary>A renamed record's old slug answers 301 to its current URL; null when the slug was never used.</summary>
    protected async Task<IActionResult?> RedirectForOldSlugAsync(
        ContentKind kind, string slug, Func<string, string> urlFor, CancellationToken ct, int? eventId = null)
    {
        var db = HttpContext.RequestServices.GetRequiredService<SummitDbContext>();
        var cache = HttpContext.RequestServices.GetRequiredService<PageDataCache>();
        var target = await cache.GetOrLoadAsync($"redirect:{kind}:{eventId}:{slug}", () => SlugRedirects.ResolveAsync(db, kind, slug, eventId, ct));
        return target is null ? null : RedirectPermanent(urlFor(target));
    }

    /// <summary>A renamed program item's old slug in this event answers 301 to its current address.</summary>
    protected async Task<IActionResult?> RedirectForOldItemSlugAsync(string eventSlug, string slug, CancellationToken ct)
    {
        var db = HttpContext.RequestServices.GetRequiredService<SummitDbContext>();
        var cache = HttpContext.RequestServices.GetRequiredService<PageDataCache>();
        var target = await cache.GetOrLoadAsync($"redirect:item:{eventSlug}:{slug}", () => SlugRedirects.ResolveProgramItemAsync(db, eventSlug, slug, ct));
        return target is null ? null : RedirectPermanent(target);
    }
}
