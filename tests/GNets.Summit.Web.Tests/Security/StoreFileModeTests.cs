using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Security;

/// <summary>The store holds password hashes and cookie keys: no other local user may read it, or its backups.</summary>
public sealed class StoreFileModeTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_store_its_folder_and_a_backup_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), "gnets-summit-tests", "modes-" + Guid.NewGuid().ToString("N"));
        var storeFolder = Path.Combine(root, "store");
        try
        {
            await using var factory = new SummitFactory { DatabasePath = Path.Combine(storeFolder, "summit.db") };
            await factory.CreateStaffAsync(GNets.Summit.Web.Data.Entities.StaffRoles.Editor);
            string backup;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                backup = await scope.ServiceProvider.GetRequiredService<Backups>().WriteAsync(null, "tests", CancellationToken.None);
            }

            // SQLite deletes -wal and -shm when the last connection closes (the pool may close it at any
            // time), and re-creates them with the store's mode. Hold a connection that has written, so
            // both files exist while they are checked.
            await using var holder = new Microsoft.Data.Sqlite.SqliteConnection(
                $"Data Source={Path.Combine(storeFolder, "summit.db")};Pooling=False");
            await holder.OpenAsync();
            await using (var write = holder.CreateCommand())
            {
                write.CommandText = "BEGIN IMMEDIATE; CREATE TABLE mode_probe(x); INSERT INTO mode_probe VALUES (1); COMMIT;";
                await write.ExecuteNonQueryAsync();
            }

            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(storeFolder));
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.Combine(storeFolder, "keys")));
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.GetDirectoryName(backup)!));
            foreach (var file in new[] { "summit.db", "summit.db-wal", "summit.db-shm" })
            {
                Assert.Equal((file, OwnerOnlyFile), (file, File.GetUnixFileMode(Path.Combine(storeFolder, file))));
            }

            Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(backup));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
