using System.Data.Common;
using GNets.Summit.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Store:Provider picks the engine and, with it, the migrations assembly (one per provider, EF Core's
/// documented pattern): SQLite by default, PostgreSQL (ConnectionStrings:Summit) for several instances.
/// </summary>
public static class StoreProviders
{
    public const string SqliteMigrations = "GNets.Summit.Migrations.Sqlite";
    public const string PostgresMigrations = "GNets.Summit.Migrations.Postgres";

    public static void UseSummitStore(this DbContextOptionsBuilder options, IServiceProvider provider)
    {
        var store = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (store.Provider == StoreProvider.Postgres)
        {
            options.UseNpgsql(PostgresConnectionString(provider.GetRequiredService<IConfiguration>()),
                npgsql => npgsql.MigrationsAssembly(PostgresMigrations)
                    // Pages read their data in one round trip per query (QueryCounter budgets them), as on SQLite.
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(provider), sqlite => sqlite.MigrationsAssembly(SqliteMigrations)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            if (!EF.IsDesignTime)
            {
                UseCompiledSqliteModel(options);
            }
        }
    }

    /// <summary>
    /// The SQLite model compiled ahead of time (src/GNets.Summit.Migrations.Sqlite/CompiledModels, made by
    /// `dotnet ef dbcontext optimize`, see README "Changing the schema"): building the model from the
    /// configurations took about half a second of every start. CompiledModelTests fails when it no longer
    /// matches the code. Design-time commands (EF.IsDesignTime) and PostgreSQL build the model as before.
    /// Migrating a fresh store still needs the model built from code only to warn about changes without a
    /// migration, which MigrationTests already checks: the warning is not computed at start.
    /// </summary>
    public static void UseCompiledSqliteModel(DbContextOptionsBuilder options)
    {
        if (CompiledSqliteModel.Value is { } model)
        {
            options.UseModel(model)
                .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        }
    }

    /// <summary>
    /// Found through the assembly attribute `dbcontext optimize` writes (not named in code), so that deleting
    /// the CompiledModels folder (when an old one no longer compiles) leaves a site that builds its model.
    /// </summary>
    public static readonly Lazy<Microsoft.EntityFrameworkCore.Metadata.IModel?> CompiledSqliteModel = new(() =>
        System.Reflection.Assembly.Load(SqliteMigrations)
            .GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute), false)
            .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute>()
            .Where(attribute => attribute.ContextType == typeof(SummitDbContext))
            .Select(attribute => attribute.ModelType.GetProperty("Instance")?.GetValue(null) as Microsoft.EntityFrameworkCore.Metadata.IModel)
            .FirstOrDefault());

    /// <summary>The command that writes the compiled SQLite model again (README, "Changing the schema").</summary>
    public const string OptimizeCommand =
        "dotnet ef dbcontext optimize --project src/GNets.Summit.Migrations.Sqlite --startup-project src/GNets.Summit.Web --output-dir CompiledModels --namespace GNets.Summit.Web.Data.CompiledModels -- --Store:Provider=Sqlite";

    /// <summary>The PostgreSQL connection string, checked for form (not reachability) so a typo is named at start.</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var value = configuration[StoreOptions.PostgresConnectionKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StoreUnavailableException(
                $"Store:Provider is Postgres but {StoreOptions.PostgresConnectionKey} is empty: set it (environment variable ConnectionStrings__Summit), e.g. Host=127.0.0.1;Port=5432;Database=gnets;Username=gnets;Password=...");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"{StoreOptions.PostgresConnectionKey} is not a valid PostgreSQL connection string: {ex.Message}");
        }

        return value;
    }

    /// <summary>The SQLite connection string, with a relative path resolved against the content root (not the working directory).</summary>
    public static string SqliteConnectionString(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var store = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
        return new SqliteConnectionStringBuilder
        {
            DataSource = store.FullPath(environment),
            Pooling = true,
            // Writers wait for each other instead of failing with SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
    }

    public static bool IsSqlite(this SummitDbContext db) => db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Where the store is, for messages and logs, without the password.</summary>
    public static string Describe(this SummitDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (db.IsSqlite())
        {
            return connection.DataSource;
        }

        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return $"PostgreSQL database {builder.Database} at {builder.Host}:{builder.Port} ({StoreOptions.PostgresConnectionKey})";
    }

    /// <summary>True for errors that mean the store could not be reached or answered (not a bug in a query).</summary>
    public static bool IsUnreachable(Exception ex) => ex switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => true,
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN: the file, not the query.
        SqliteException { SqliteErrorCode: 5 or 6 or 10 or 14 } => true,
        DbException => false,
        _ => ex.InnerException is { } inner && IsUnreachable(inner),
    };
}

/// <summary>The store cannot be used at start: the message names the setting to fix; the process exits non-zero.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
