using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Public view models, kept in memory for the current <see cref="ContentGeneration"/>: the store is
/// read once per page per content change, not once per request. Misses (unknown slugs) are cached too,
/// so probing random addresses cannot hammer the store; the size limit bounds what such probing costs.
/// </summary>
public sealed class PageDataCache(IOptions<SiteOptions> site, ContentGeneration generation) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<T?> GetOrLoadAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        // Blind: the shared generation cannot be read (Redis lost), so a cached model could hide another instance's save.
        if (!site.Value.CacheData || generation.IsBlind)
        {
            return await load();
        }

        // The generation is read before loading: a save during the load moves readers to a new key.
        // View models hold the texts of one language (Localized.Pick), so each language has its own entry.
        var entryKey = (typeof(T), key, SiteLanguages.Current, generation.Current);
        if (cache.TryGetValue(entryKey, out Box<T>? box) && box is not null)
        {
            return box.Value;
        }

        var value = await load();
        cache.Set(entryKey, new Box<T>(value), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1),
        });
        return value;
    }

    public void Dispose() => cache.Dispose();

    private sealed record Box<T>(T? Value);
}
