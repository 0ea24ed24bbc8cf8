using Npgsql;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// The cluster's database, a fresh one per fixture on the PostgreSQL of CLUSTER_POSTGRES, read directly
/// by the tests to check that what the site acknowledged is really stored.
/// </summary>
public sealed class ClusterStore
{
    private readonly string server;

    public ClusterStore(string serverConnectionString, string database)
    {
        server = serverConnectionString;
        Database = database;
        ConnectionString = string.IsNullOrEmpty(serverConnectionString)
            ? ""
            : new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString;
    }

    public string Database { get; }

    /// <summary>What the instances get as ConnectionStrings__Summit.</summary>
    public string ConnectionString { get; }

    public async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many revisions (one per save) hold <paramref name="marker"/>: a plain ASCII text, stored as is in the snapshot's JSON.</summary>
    public async Task<long> RevisionsHoldingAsync(string marker)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT COUNT(*) FROM "Revisions" WHERE strpos("SnapshotJson"::text, @marker) > 0""", connection);
        command.Parameters.AddWithValue("marker", marker);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The markers among <paramref name="markers"/> that no revision holds.</summary>
    public async Task<List<string>> MissingAsync(IEnumerable<string> markers)
    {
        var missing = new List<string>();
        foreach (var marker in markers)
        {
            if (await RevisionsHoldingAsync(marker) == 0)
            {
                missing.Add(marker);
            }
        }

        return missing;
    }
}
