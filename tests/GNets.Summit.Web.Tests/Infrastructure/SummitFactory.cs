using Microsoft.Extensions.Hosting;
using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own (migrations applied, content/ imported at start-up),
/// in the "Testing" environment so errors look as they do in production.
/// </summary>
public class SummitFactory : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://summit.test";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "gnets-summit-tests", Guid.NewGuid().ToString("N"));

    public SummitFactory()
    {
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "summit.db");
    }

    /// <summary>The SQLite file; by default a new one in a folder of this factory's own, deleted on dispose.</summary>
    public string DatabasePath { get; init; }

    public string WorkDirectory => directory;

    /// <summary>The content folder imported at start-up; the repository's content/ unless a test copies and breaks it.</summary>
    public string ContentPath { get; init; } = RepositoryPaths.Content;

    /// <summary>Every SQL command the app runs passes through it.</summary>
    public QueryCounter Queries { get; } = new();

    /// <summary>Every log event of the app (Warning and above, plus anything the test lowers the level for).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Extra configuration for one test's host.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development, so static files are served as from `dotnet run -c Release` in Production: the app
        // itself must find the compressed (.gz) files of a build (HttpBehaviourTests checks their bytes).
        builder.UseEnvironment("Testing");

        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Store:DatabasePath"] = DatabasePath,
                ["Content:Path"] = ContentPath,
                ["Site:PublicBaseUrl"] = PublicBaseUrl,
                ["Serilog:MinimumLevel:Default"] = "Warning",
                // Tests sign in far more often than a person; RateLimitTests checks the real limit.
                ["Security:SignInAttemptsPerMinute"] = "10000",
                // The background clean-up of unsaved images runs only in the tests that ask for it (its
                // queries would count against a page's budget); they call it directly or lower this.
                ["Store:UnsavedImageCleanupDelay"] = "1.00:00:00",
                // Work deferred after start (search index, older records' revisions) starts at once; CreateHost waits for it.
                ["Store:DeferredWorkDelay"] = "00:00:00",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Queries);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
        });
    }

    /// <summary>A client that does not follow redirects (tests look at them) and speaks https, so Secure cookies flow.</summary>
    public HttpClient CreateVisitor() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>Runs work against the store in a scope of its own, as another part of the app would.</summary>
    public async Task<T> WithStoreAsync<T>(Func<SummitDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SummitDbContext>());
    }

    public Task WithStoreAsync(Func<SummitDbContext, Task> work) =>
        WithStoreAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>
    /// Waits for the search index the site builds after it starts (SearchIndexWarmUp), and for the revisions
    /// of records older than revisions (ImportedRevisionsBackfill): tests that count a
    /// page's queries must not count the index's, and the index is as it was before start-up deferred it.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        foreach (var deferred in host.Services.GetServices<IHostedService>().OfType<BackgroundService>()
                     .Where(s => s is GNets.Summit.Web.Features.Search.SearchIndexWarmUp or GNets.Summit.Web.Areas.Admin.Editing.ImportedRevisionsBackfill))
        {
            deferred.ExecuteTask?.GetAwaiter().GetResult();
        }

        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a busy machine is not worth failing a test over; it is in /tmp.
        }
    }
}
