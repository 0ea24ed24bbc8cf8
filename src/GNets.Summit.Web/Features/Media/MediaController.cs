using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Media;

/// <summary>
/// Uploaded images from the store. A new upload gets a new key, so a URL's bytes never change and
/// browsers may keep them for a year.
/// </summary>
public sealed class MediaController(SummitDbContext db) : Controller
{
    [HttpGet(Infrastructure.SiteUrls.Routes.Media)]
    [OutputCache(PolicyName = Infrastructure.CachePolicies.Media)]
    public async Task<IActionResult> Image(string key, int width, CancellationToken ct)
    {
        var rendition = await db.ImageRenditions.AsNoTracking()
            .Where(r => r.Image.Key == key && r.Width == width)
            .Select(r => new { r.Bytes, r.ContentType })
            .SingleOrDefaultAsync(ct);
        if (rendition is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(rendition.Bytes, rendition.ContentType);
    }
}
