using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// A number that goes up whenever public content is saved. Cached public pages vary by it, so a page
/// rendered from data older than the last save is never served again, even if it was stored in the
/// output cache a moment after the eviction (the race a plain evict-by-tag leaves open).
/// </summary>
public sealed class ContentGeneration
{
    private long value;

    public long Current => Interlocked.Read(ref value);

    public long Advance() => Interlocked.Increment(ref value);
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
