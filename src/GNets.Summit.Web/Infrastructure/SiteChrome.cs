using GNets.Summit.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>What every page's header and footer show, in one language: the featured event's links and the footer pages.</summary>
public sealed record SiteChrome(
    string? FeaturedEventSlug,
    Localized? FeaturedEventTitle,
    bool FeaturedHasCommunique,
    int EventCount,
    IReadOnlyList<FooterLink> FooterPages)
{
    public static readonly SiteChrome Empty = new(null, null, false, 0, []);
}

public sealed record FooterLink(string Slug, Localized Title);

/// <summary>
/// Loads <see cref="SiteChrome"/> once per content generation, so the layout costs no query per request
/// and shows an edit (a new featured event, a renamed page) on the next request. Both languages are
/// read by the same queries and kept side by side; <see cref="GetAsync(CancellationToken)"/> answers in the request's.
/// </summary>
public sealed class SiteChromeCache(IServiceScopeFactory scopes, ContentGeneration generation, ILogger<SiteChromeCache> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    // One reference, replaced whole: a reader never sees a generation paired with another chrome.
    private Snapshot? current;

    private sealed record Snapshot(long Generation, SiteChrome English, SiteChrome Japanese)
    {
        public SiteChrome In(SiteLanguage language) => language == SiteLanguage.Ja ? Japanese : English;
    }

    /// <summary>The chrome in the language being served (<see cref="SiteLanguages.Current"/>).</summary>
    public Task<SiteChrome> GetAsync(CancellationToken ct) => GetAsync(SiteLanguages.Current, ct);

    public async Task<SiteChrome> GetAsync(SiteLanguage language, CancellationToken ct)
    {
        var wanted = generation.Current;
        if (Volatile.Read(ref current) is { } hit && hit.Generation == wanted)
        {
            return hit.In(language);
        }

        if (generation.IsBlind)
        {
            // Redis lost: every request reads the chrome itself (in parallel, not one after another through the gate).
            return (await TryLoadAsync(-1, ct))?.In(language) ?? SiteChrome.Empty;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref current) is { } again && again.Generation == wanted)
            {
                return again.In(language);
            }

            // Error pages use this too: a broken store must not take the error page down with it. The
            // last chrome read (if any) is better than none while the store is away.
            if (await TryLoadAsync(wanted, ct) is not { } snapshot)
            {
                return Volatile.Read(ref current)?.In(language) ?? SiteChrome.Empty;
            }

            Volatile.Write(ref current, snapshot);
            return snapshot.In(language);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The chrome from the store, or null (logged) when the store cannot be read.</summary>
    private async Task<Snapshot?> TryLoadAsync(long wanted, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        try
        {
            return await LoadAsync(scope.ServiceProvider.GetRequiredService<SummitDbContext>(), wanted, ct);
        }
        // Npgsql's execution strategy wraps a lost connection in an InvalidOperationException: IsUnreachable sees through it.
        catch (Exception ex) when (ex is System.Data.Common.DbException || StoreProviders.IsUnreachable(ex))
        {
            logger.LogError(ex, "The header and footer links could not be read from the store");
            return null;
        }
    }

    private static async Task<Snapshot> LoadAsync(SummitDbContext db, long generation, CancellationToken ct)
    {
        var featured = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.IsFeatured).ThenByDescending(e => e.StartDate)
            .Select(e => new { e.Slug, e.ShortTitle, e.ShortTitleJa, HasCommunique = e.Communique != null && e.Communique.IsPublished })
            .FirstOrDefaultAsync(ct);
        var eventCount = await db.Events.CountAsync(ct);
        var pages = await db.Pages.AsNoTracking().Where(p => p.FooterOrder != null)
            .OrderBy(p => p.FooterOrder).Select(p => new { p.Slug, p.Title, p.TitleJa }).ToListAsync(ct);

        SiteChrome In(SiteLanguage language) => new(
            featured?.Slug,
            featured is null ? null : Localized.Pick(language, featured.ShortTitle, featured.ShortTitleJa),
            featured?.HasCommunique ?? false,
            eventCount,
            pages.Select(p => new FooterLink(p.Slug, Localized.Pick(language, p.Title, p.TitleJa))).ToList());
        return new Snapshot(generation, In(SiteLanguage.En), In(SiteLanguage.Ja));
    }

    public void Dispose() => gate.Dispose();
}
