using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Home;

public sealed class HomeController(HomeQueries home, PageDataCache cache, Seo.StructuredData structured) : PublicController
{
    /// <summary>The network's home; each meeting's overview is at its own address (/events/{slug}).</summary>
    [HttpGet(SiteUrls.Routes.Home)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var model = await cache.GetOrLoadAsync("home", async () => structured.Describe(await home.LoadAsync(ct)));
        return model is null ? NotFound() : View(model);
    }
}
