using GNets.Summit.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>What every page's header and footer show: the featured event's links and the footer pages.</summary>
public sealed record SiteChrome(
    string? FeaturedEventSlug,
    string? FeaturedEventTitle,
    bool FeaturedHasCommunique,
    int EventCount,
    IReadOnlyList<FooterLink> FooterPages)
{
    public static readonly SiteChrome Empty = new(null, null, false, 0, []);
}

public sealed record FooterLink(string Slug, string Title);

/// <summary>
/// Loads <see cref="SiteChrome"/> once per content generation, so the layout costs no query per request
/// and shows an edit (a new featured event, a renamed page) on the next request.
/// </summary>
public sealed class SiteChromeCache(IServiceScopeFactory scopes, ContentGeneration generation, ILogger<SiteChromeCache> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    // One reference, replaced whole: a reader never sees a generation paired with another chrome.
    private Snapshot? current;

    private sealed record Snapshot(long Generation, SiteChrome Chrome);

    public async Task<SiteChrome> GetAsync(CancellationToken ct)
    {
        var wanted = generation.Current;
        if (Volatile.Read(ref current) is { } hit && hit.Generation == wanted)
        {
            return hit.Chrome;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref current) is { } again && again.Generation == wanted)
            {
                return again.Chrome;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            try
            {
                var chrome = await LoadAsync(db, ct);
                Volatile.Write(ref current, new Snapshot(wanted, chrome));
                return chrome;
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                // Error pages use this too: a broken store must not take the error page down with it.
                logger.LogError(ex, "The header and footer links could not be read from the store");
                return SiteChrome.Empty;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<SiteChrome> LoadAsync(SummitDbContext db, CancellationToken ct)
    {
        var featured = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.IsFeatured).ThenByDescending(e => e.StartDate)
            .Select(e => new { e.Slug, e.ShortTitle, HasCommunique = e.Communique != null && e.Communique.IsPublished })
            .FirstOrDefaultAsync(ct);
        var eventCount = await db.Events.CountAsync(ct);
        var pages = await db.Pages.AsNoTracking().Where(p => p.FooterOrder != null)
            .OrderBy(p => p.FooterOrder).Select(p => new FooterLink(p.Slug, p.Title)).ToListAsync(ct);
        return new SiteChrome(featured?.Slug, featured?.ShortTitle, featured?.HasCommunique ?? false, eventCount, pages);
    }

    public void Dispose() => gate.Dispose();
}
