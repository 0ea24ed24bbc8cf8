using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Data;

public sealed class MigrationTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        var pending = await factory.WithStoreAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The EF model changed without a migration: run dotnet ef migrations add <Name> in src/GNets.Summit.Web.");
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
