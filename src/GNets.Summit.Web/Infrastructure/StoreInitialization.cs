using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

public static class StoreInitialization
{
    /// <summary>
    /// Creates the SQLite file if needed, applies migrations, switches to WAL (readers never wait for
    /// the writer) and imports content/ as <see cref="ContentOptions.ImportOnStart"/> says: the first
    /// request is answered only after this, so a fresh store never shows an empty site.
    /// </summary>
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<SummitDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("GNets.Summit.Store");

        var file = db.Database.GetDbConnection().DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            PrivateFiles.CreateFolder(folder);
        }

        // 0600 before SQLite first opens it (SQLite copies the mode to -wal and -shm); older stores are tightened.
        PrivateFiles.CreateFile(file);
        // Most starts find every migration applied. Asking for the pending ones reads the history table;
        // MigrateAsync would also build the last snapshot's model to compare with the code's (about a
        // third of a second at start). MigrationTests checks that the model has no change without a migration.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        PrivateFiles.Restrict(file + "-wal");
        PrivateFiles.Restrict(file + "-shm");
        logger.LogInformation("Store ready at {DatabaseFile}", file);

        var content = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        var import = content.ImportOnStart switch
        {
            ImportOnStart.Always => true,
            ImportOnStart.IfEmpty => !await db.Events.AnyAsync(ct),
            _ => false,
        };
        var report = import ? await provider.GetRequiredService<ContentImporter>().ImportAsync(ContentRoot(provider), ct) : null;
        await provider.GetRequiredService<Areas.Admin.Editing.ImportedRevisions>().RecordAsync(report?.Changed ?? [], ct);
        // The search index is built by SearchIndexWarmUp once the site listens (a search before that builds
        // it itself), and images chosen on forms never saved are deleted by UnsavedImageCleanup: neither
        // delays the first page.
    }

    public static string ContentRoot(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var content = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, content.Path));
    }
}
