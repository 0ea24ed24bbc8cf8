using GNets.Summit.Web.Tests.Infrastructure;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Data;

public sealed class MigrationTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        var pending = await factory.WithStoreAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The EF model changed without a SQLite migration: see README, \"Changing the schema\".");
    }

    [Fact]
    public void The_model_has_no_changes_without_a_PostgreSQL_migration_either()
    {
        // No server is needed to compare the model with the PostgreSQL migrations' snapshot.
        var options = new DbContextOptionsBuilder<SummitDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused", npgsql => npgsql.MigrationsAssembly(StoreProviders.PostgresMigrations))
            .Options;
        using var db = new SummitDbContext(options);

        Assert.Contains(db.Database.GetMigrations(), id => id.EndsWith("_PostgresInitialSchema", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "The EF model changed without a PostgreSQL migration: see README, \"Changing the schema\".");
    }

    [Fact]
    public async Task Every_migration_is_applied_and_the_store_runs_in_WAL_mode()
    {
        var (pendingMigrations, journalMode) = await factory.WithStoreAsync(async db =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (pending, (string)(await command.ExecuteScalarAsync())!);
        });

        Assert.Empty(pendingMigrations);
        Assert.Equal("wal", journalMode);
    }
}
