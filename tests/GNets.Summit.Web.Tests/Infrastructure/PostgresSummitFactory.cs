using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a PostgreSQL database of its own (gnets_test_…, made by the app's start-up as on a first
/// deployment, dropped on dispose) on the server CLUSTER_POSTGRES names.
/// </summary>
public class PostgresSummitFactory : SummitFactory
{
    public const string ServerVariable = "CLUSTER_POSTGRES";

    /// <summary>The Npgsql connection string of a server where the user may CREATE DATABASE; null when not set.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public string DatabaseName { get; } = "gnets_test_" + Guid.NewGuid().ToString("N");

    /// <summary>When set, the site reaches PostgreSQL through this port on 127.0.0.1 (a proxy a test can cut).</summary>
    public int? ThroughPort { get; init; }

    /// <summary>The connection string the site is given.</summary>
    public string ConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresServer ?? throw new InvalidOperationException($"{ServerVariable} is not set"))
            {
                Database = DatabaseName,
                // A test that cuts the store waits seconds, not the default 15 s, for each refused open.
                Timeout = 3,
                CommandTimeout = 10,
            };
            if (ThroughPort is { } port)
            {
                (builder.Host, builder.Port) = ("127.0.0.1", port);
            }

            return builder.ConnectionString;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings["Store:Provider"] = "Postgres";
        Settings["ConnectionStrings:Summit"] = ConnectionString;
        base.ConfigureWebHost(builder);
    }

    /// <summary>Runs SQL on the test's database directly (not through the site, nor the proxy).</summary>
    public async Task<T?> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = DatabaseName }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (PostgresServer is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using (var terminate = new NpgsqlCommand(
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection))
        {
            terminate.Parameters.AddWithValue("name", DatabaseName);
            await terminate.ExecuteNonQueryAsync();
        }

        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\"", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Runs only where CLUSTER_POSTGRES names a PostgreSQL server (.ci/run starts one and sets REQUIRE_CLUSTER=1,
/// which forbids skipping).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresSummitFactory.PostgresServer is null && Environment.GetEnvironmentVariable("REQUIRE_CLUSTER") != "1")
        {
            Skip = $"{PostgresSummitFactory.ServerVariable} is not set: give it an Npgsql connection string to a PostgreSQL server where the user may CREATE DATABASE (as .ci/run does).";
        }
    }
}
