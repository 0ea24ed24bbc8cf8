using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.News;

/// <summary>A post as an event's overview lists it.</summary>
public sealed record EventNewsItem(string Slug, string Title, string? TitleJa, DateOnly Date)
{
    public Localized LocalTitle => Localized.Pick(Title, TitleJa);

    public string Url => SiteUrls.NewsPost(Slug);
}

/// <summary>
/// The headlines of every published post that belongs to an event, read once per content change (like
/// the header's links), so an event's overview lists its news without a query of its own: the page's
/// budget is three queries and the event already uses them.
/// </summary>
public sealed class EventNewsCache(IServiceScopeFactory scopes, ContentGeneration generation) : IDisposable
{
    /// <summary>How many posts an event's overview lists; the rest are one link away.</summary>
    public const int PerEvent = 5;

    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? current;

    private sealed record Snapshot(long Generation, ILookup<string, EventNewsItem> ByEvent);

    public void Dispose() => gate.Dispose();

    /// <summary>The event's newest published posts, newest first (at most <see cref="PerEvent"/>), and whether there are more.</summary>
    public async Task<(IReadOnlyList<EventNewsItem> Posts, bool More)> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var all = (await GetAsync(ct))[eventSlug].ToList();
        return (all.Take(PerEvent).ToList(), all.Count > PerEvent);
    }

    private async Task<ILookup<string, EventNewsItem>> GetAsync(CancellationToken ct)
    {
        var wanted = generation.Current;
        if (Volatile.Read(ref current) is { } hit && hit.Generation == wanted)
        {
            return hit.ByEvent;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref current) is { } again && again.Generation == wanted)
            {
                return again.ByEvent;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var rows = await db.NewsPosts.AsNoTracking()
                .Where(p => p.IsPublished && p.Event != null)
                .OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
                .Select(p => new { EventSlug = p.Event!.Slug, Item = new EventNewsItem(p.Slug, p.Title, p.TitleJa, p.PublishedOn) })
                .ToListAsync(ct);
            var snapshot = new Snapshot(wanted, rows.ToLookup(r => r.EventSlug, r => r.Item, StringComparer.Ordinal));
            Volatile.Write(ref current, snapshot);
            return snapshot.ByEvent;
        }
        finally
        {
            gate.Release();
        }
    }
}
