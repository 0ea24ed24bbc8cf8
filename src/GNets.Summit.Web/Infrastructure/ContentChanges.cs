using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// A number that goes up whenever public content is saved. Cached public pages vary by it, so a page
/// rendered from data older than the last save is never served again, even if it was stored in the
/// output cache a moment after the eviction (the race a plain evict-by-tag leaves open).
/// <para>
/// With Redis (<see cref="RedisOptions"/>) the number is a Redis counter shared by every instance: a save
/// increments it, and each request reads it first (<see cref="RefreshAsync"/>, one GET), so a save on one
/// instance is seen by every other on its next request. While the counter cannot be read (Redis lost),
/// <see cref="IsBlind"/> is true and <see cref="Current"/> is a new number at every read, so nothing is
/// served from a cache: another instance's save could not be seen. When Redis answers again the counter is
/// advanced once, so every instance drops what it cached before or during the loss.
/// </para>
/// </summary>
public sealed class ContentGeneration
{
    private readonly ISharedCounter? shared;
    private readonly ILogger? logger;
    private long value;
    // Negative, never repeated: what Current answers while the shared counter cannot be read.
    private long blindTicket = -1;
    private volatile bool blind;
    private int recovering;

    /// <summary>One instance: the number lives in this process.</summary>
    public ContentGeneration()
    {
    }

    /// <summary>Several instances: the number lives in <paramref name="shared"/>.</summary>
    public ContentGeneration(ISharedCounter shared, ILogger<ContentGeneration> logger)
    {
        this.shared = shared;
        this.logger = logger;
        shared.AvailabilityChanged += available =>
        {
            if (!available)
            {
                GoBlind();
            }
        };
    }

    /// <summary>The counter several instances share (in Redis).</summary>
    public interface ISharedCounter
    {
        event Action<bool>? AvailabilityChanged;

        ValueTask<long> ReadAsync();

        long Increment();

        ValueTask<long> IncrementAsync();

        bool IsFault(Exception exception);
    }

    public bool IsShared => shared is not null;

    /// <summary>True while the shared counter cannot be read: nothing may be served from or stored in a cache.</summary>
    public bool IsBlind => blind;

    public long Current => blind ? Interlocked.Decrement(ref blindTicket) : Interlocked.Read(ref value);

    public long Advance()
    {
        if (shared is null)
        {
            return Interlocked.Increment(ref value);
        }

        if (!blind)
        {
            try
            {
                return Raise(shared.Increment());
            }
            catch (Exception ex) when (shared.IsFault(ex))
            {
                LostSharedCounter(ex);
            }
        }

        // The save is in the store; other instances learn of it when Redis returns (the counter is advanced then).
        return Current;
    }

    /// <summary>Reads the shared counter (at the start of each request); after a loss, advances it once first.</summary>
    public async ValueTask RefreshAsync()
    {
        if (shared is null)
        {
            return;
        }

        try
        {
            if (!blind)
            {
                Raise(await shared.ReadAsync());
                return;
            }

            if (Interlocked.Exchange(ref recovering, 1) == 0)
            {
                try
                {
                    Raise(await shared.IncrementAsync());
                    blind = false;
                    logger?.LogWarning("The shared content generation can be read again: pages are cached again");
                }
                finally
                {
                    Volatile.Write(ref recovering, 0);
                }
            }
        }
        catch (Exception ex) when (shared.IsFault(ex))
        {
            LostSharedCounter(ex);
        }
    }

    /// <summary>A Redis command failed: stop caching until the counter can be read again.</summary>
    public void LostSharedCounter(Exception exception)
    {
        if (shared is not null && !blind)
        {
            logger?.LogWarning("The shared content generation cannot be read ({Reason}): pages are served uncached until Redis returns",
                exception.Message.Split('\n')[0]);
            GoBlind();
        }
    }

    private void GoBlind()
    {
        if (shared is not null)
        {
            blind = true;
        }
    }

    /// <summary>
    /// Keeps the highest number seen: replies to concurrent reads may arrive out of order. The counter only goes
    /// up (a new Redis starts it from the clock, above any earlier number).
    /// </summary>
    private long Raise(long seen)
    {
        var known = Interlocked.Read(ref value);
        while (seen > known)
        {
            var before = Interlocked.CompareExchange(ref value, seen, known);
            if (before == known)
            {
                return seen;
            }

            known = before;
        }

        return known;
    }
}

/// <summary>
/// Sees every SaveChanges on the store: when public content changed (whoever saved it: admin pages,
/// the importer, a test), advances <see cref="ContentGeneration"/> and evicts cached pages. Inside a
/// transaction that happens when it commits, not before: until then readers still see the old rows,
/// and caching them under the new generation would keep them for good.
/// </summary>
public sealed class ContentChangeInterceptor(ContentGeneration generation, IServiceProvider services)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public const string PublicTag = "public";

    // The pending flag lives with the DbContext between SavingChanges and SavedChanges, and then,
    // inside a transaction, until it commits.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> pending = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Settle(eventData.Context))
        {
            Evict().AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Settle(eventData.Context))
        {
            await Evict();
        }

        return result;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && awaitingCommit.Remove(context))
        {
            generation.Advance();
            Evict().AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && awaitingCommit.Remove(context))
        {
            generation.Advance();
            await Evict();
        }
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            awaitingCommit.Remove(context);
        }
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>True when the change is visible now (no transaction): advance at once. Inside a transaction, wait for the commit.</summary>
    private bool Settle(DbContext? context)
    {
        if (context is null || !pending.Remove(context))
        {
            return false;
        }

        if (context.Database.CurrentTransaction is not null)
        {
            awaitingCommit.AddOrUpdate(context, context);
            return false;
        }

        generation.Advance();
        return true;
    }

    private ValueTask Evict() =>
        services.GetService<IOutputCacheStore>() is { } store
            ? store.EvictByTagAsync(PublicTag, CancellationToken.None)
            : ValueTask.CompletedTask;

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && ContentKinds.IsPublic(e.Entity));
        if (changed)
        {
            pending.AddOrUpdate(context, context);
        }
        else
        {
            pending.Remove(context);
        }
    }
}
