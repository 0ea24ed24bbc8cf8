using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>An editor that can record the imported state of its records as revisions.</summary>
public interface IImportedHistory
{
    ContentKind Kind => Info.Kind;

    EditorInfo Info { get; }

    Task RecordImportedAsync(IEnumerable<int> imported, RevisionLog revisions, CancellationToken ct);
}

/// <summary>
/// What content/ gave each record is its first revision, so one careless edit can be undone from the
/// history like any other. After an import the records it added or changed get an "Imported" revision;
/// on every start, any record with no revision at all (a store from before this) gets one of its current
/// state. Running it again records nothing new.
/// </summary>
public sealed class ImportedRevisions(IServiceProvider services, SummitDbContext db, RevisionLog revisions)
{
    /// <summary>Shown as "who" on imported revisions: the site as first set up, not a staff member.</summary>
    public const string UserName = "Original site set-up";

    /// <summary>Every editor, found once: adding a kind of content needs nothing here.</summary>
    private static readonly Type[] Editors = typeof(ImportedRevisions).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IImportedHistory).IsAssignableFrom(t))
        .ToArray();

    public async Task RecordAsync(IReadOnlyCollection<(ContentKind Kind, int Id)> imported, CancellationToken ct)
    {
        foreach (var type in Editors)
        {
            var editor = (IImportedHistory)services.GetRequiredService(type);
            await editor.RecordImportedAsync(imported.Where(i => i.Kind == editor.Kind).Select(i => i.Id), revisions, ct);
        }

        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// Records without any revision get their "imported" revision here, once the site listens: those of a new
/// store (filled from content/ at this start) and those of a store older than revisions. On most starts
/// there are none, and looking for them (a query per kind of record) delayed the first page. What a start
/// imports into an existing store is recorded before the first page (StoreInitialization).
/// </summary>
public sealed class ImportedRevisionsBackfill(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, Microsoft.Extensions.Options.IOptions<Infrastructure.StoreOptions> options,
    ILogger<ImportedRevisionsBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
            await started.Task;
            await Task.Delay(options.Value.DeferredWorkDelay, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportedRevisions>().RecordAsync([], stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site stopped first; the next start looks again.
        }
        catch (Exception error)
        {
            // Not fatal: the records keep working without their first revision, and the next start looks again.
            logger.LogWarning(error, "Revisions of records imported before revisions were kept could not be recorded");
        }
    }
}
