using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Consistent copies of the SQLite store, taken with SQLite's online backup API while the site runs.
/// Photos live in the store too, so one file is the whole site.
/// </summary>
public sealed class Backups(SummitDbContext db, IHostEnvironment environment, TimeProvider clock)
{
    public const string NotAvailable = "The store is PostgreSQL: back it up with pg_dump (README, \"Backups and restore\"); the site writes backups of a SQLite store only.";

    /// <summary>Backups are SQLite copies; a PostgreSQL store is backed up with pg_dump.</summary>
    public bool IsAvailable => db.IsSqlite();

    public string Folder => Path.Combine(Path.GetDirectoryName(db.Database.GetDbConnection().DataSource)!, "backups");

    /// <summary>
    /// Writes a backup to <paramref name="path"/> (relative to the content root; by default a dated file
    /// in the backups folder) and returns the full path. Never the store itself. The audit log records
    /// who (<paramref name="madeBy"/>) made it, when, and where.
    /// </summary>
    public async Task<string> WriteAsync(string? path, string madeBy, CancellationToken ct)
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException(NotAvailable);
        }

        var target = string.IsNullOrWhiteSpace(path)
            ? Path.Combine(Folder, $"summit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db")
            : Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
        var store = Path.GetFullPath(db.Database.GetDbConnection().DataSource);
        if (new[] { store, store + "-wal", store + "-shm" }.Contains(target, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{target} is the live store; write the backup somewhere else.");
        }

        PrivateFiles.CreateFolder(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            File.Delete(target);
        }

        // A backup holds the password hashes too: 0600 before SQLite writes a byte into it.
        PrivateFiles.CreateFile(target);

        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await source.OpenAsync(ct);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);

        // Recorded after the copy, so the backup does not hold its own entry.
        db.Revisions.Add(new Revision
        {
            Kind = ContentKind.Backup,
            Label = Path.GetFileName(target),
            Action = RevisionAction.Created,
            UserName = madeBy,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ChangedFields = target,
        });
        await db.SaveChangesAsync(ct);
        return target;
    }

    public IReadOnlyList<FileInfo> List() =>
        IsAvailable && Directory.Exists(Folder)
            ? new DirectoryInfo(Folder).GetFiles("*.db").OrderByDescending(f => f.LastWriteTimeUtc).ToList()
            : [];
}
