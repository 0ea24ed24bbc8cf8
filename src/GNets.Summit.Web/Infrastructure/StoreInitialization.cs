using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

public static class StoreInitialization
{
    /// <summary>
    /// Creates the SQLite file if needed (or reaches PostgreSQL), applies the provider's migrations, switches
    /// SQLite to WAL (readers never wait for the writer) and imports content/ as <see cref="ContentOptions.ImportOnStart"/> says: the first
    /// request is answered only after this, so a fresh store never shows an empty site.
    /// </summary>
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<SummitDbContext>();

        if (db.IsSqlite())
        {
            // A new store file is certain to be filled from content/: its files are read and checked on
            // another thread while the migrations make the tables (both take a while; neither needs the other).
            var content = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
            var fresh = !File.Exists(db.Database.GetDbConnection().DataSource);
            var read = content.ImportOnStart == ImportOnStart.Always || (content.ImportOnStart == ImportOnStart.IfEmpty && fresh)
                ? Task.Run(() => ContentReader.Read(ContentRoot(provider)), ct)
                : null;
            try
            {
                await PrepareSqliteAsync(db, ct);
            }
            catch when (read is not null)
            {
                // The store's failure is the one to report; the content's, if any, is seen again next start.
                _ = read.ContinueWith(t => t.Exception, TaskScheduler.Default);
                throw;
            }

            await MigrateAndImportAsync(provider, db, read, fresh, ct);
            return;
        }

        // Several instances may start at once against one PostgreSQL database: a session-level advisory
        // lock lets one migrate and import while the others wait, then find the work done.
        await using var connection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            // A new database is made (the role must be allowed to); an existing one is used as it is.
            var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(ct))
            {
                await creator.CreateAsync(ct);
            }

            await connection.OpenAsync(ct);
        }
        // Npgsql's execution strategy wraps a refused connection in an InvalidOperationException ("likely due
        // to a transient failure"): the message names the cause underneath, not the wrapper.
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException || StoreProviders.IsUnreachable(ex))
        {
            var cause = ex is Npgsql.NpgsqlException ? ex : ex.InnerException as Npgsql.NpgsqlException ?? ex;
            var detail = cause.InnerException is System.Net.Sockets.SocketException socket ? $"{cause.Message} ({socket.Message})" : cause.Message;
            throw new StoreUnavailableException($"The store cannot be reached: {db.Describe()}: {detail}", ex);
        }

        await using (var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({StartLockKey})", connection))
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await MigrateAndImportAsync(provider, db, null, false, ct);
        }
        finally
        {
            await using var unlock = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({StartLockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>The key of the advisory lock instances take while they migrate and import (any fixed number).</summary>
    private const long StartLockKey = 0x474E455453;

    private static async Task PrepareSqliteAsync(SummitDbContext db, CancellationToken ct)
    {
        var file = db.Database.GetDbConnection().DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            PrivateFiles.CreateFolder(folder);
        }

        // 0600 before SQLite first opens it (SQLite copies the mode to -wal and -shm); older stores are tightened.
        PrivateFiles.CreateFile(file);
        await MigrateAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        PrivateFiles.Restrict(file + "-wal");
        PrivateFiles.Restrict(file + "-shm");
    }

    /// <summary>
    /// Most starts find every migration applied. Asking for the pending ones reads the history table;
    /// MigrateAsync would also build the last snapshot's model to compare with the code's (about a
    /// third of a second at start). MigrationTests checks that the model has no change without a migration.
    /// </summary>
    private static async Task MigrateAsync(SummitDbContext db, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
    }

    private static async Task MigrateAndImportAsync(IServiceProvider provider, SummitDbContext db, Task<ContentSet>? read, bool fresh, CancellationToken ct)
    {
        if (!db.IsSqlite())
        {
            // Straight to MigrateAsync: asking a new database for its pending migrations logs errors for the
            // history table it does not have yet. Under the advisory lock, so one instance at a time.
            await db.Database.MigrateAsync(ct);
        }

        provider.GetRequiredService<ILoggerFactory>().CreateLogger("GNets.Summit.Store").LogInformation("Store ready at {Store}", db.Describe());
        var content = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        var import = content.ImportOnStart switch
        {
            ImportOnStart.Always => true,
            ImportOnStart.IfEmpty => !await db.Events.AnyAsync(ct),
            _ => false,
        };
        var report = import ? await provider.GetRequiredService<ContentImporter>().ImportAsync(ContentRoot(provider), read, ct) : null;
        if (!import && read is not null)
        {
            // Read for nothing (the store had events after all); a content error is not this start's concern.
            _ = read.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }

        // In a new store every record is new and has no revision yet: ImportedRevisionsBackfill records them
        // all once the site listens (no staff account exists yet to edit them before). Otherwise what this
        // start imported is recorded before the first page.
        if (report?.Changed is { Count: > 0 } changed && !fresh)
        {
            await provider.GetRequiredService<Areas.Admin.Editing.ImportedRevisions>().RecordAsync(changed, ct);
        }

        // The search index is built by SearchIndexWarmUp once the site listens (a search before that builds
        // it itself), records older than revisions get theirs from ImportedRevisionsBackfill, and images
        // chosen on forms never saved are deleted by UnsavedImageCleanup: none delays the first page.
    }

    public static string ContentRoot(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var content = provider.GetRequiredService<IOptions<ContentOptions>>().Value;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, content.Path));
    }
}
