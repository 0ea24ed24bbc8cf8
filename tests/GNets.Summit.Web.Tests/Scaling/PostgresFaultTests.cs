using System.Diagnostics;
using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// PostgreSQL missing at start (the built site run as a process: one line naming the setting, non-zero exit)
/// and lost while the site runs (a TCP proxy between site and server is cut, then restored).
/// </summary>
public sealed class PostgresFaultTests
{
    private static string WebAssembly
    {
        get
        {
            // tests/…/bin/<Configuration>/<tfm>/ → src/GNets.Summit.Web/bin/<Configuration>/<tfm>/GNets.Summit.Web.dll
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryPaths.Root, "src", "GNets.Summit.Web", "bin", tfm.Parent!.Name, tfm.Name, "GNets.Summit.Web.dll");
        }
    }

    private static async Task<(int ExitCode, string Error)> StartSiteAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet", [WebAssembly, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssembly)!,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Store__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Summit"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var site = Process.Start(start)!;
        var error = site.StandardError.ReadToEndAsync();
        var output = site.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await site.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            site.Kill(entireProcessTree: true);
            Assert.Fail("The site kept running without its store: " + await output);
        }

        return (site.ExitCode, (await error).Trim());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=gnets;Username=gnets;Timeout=3", "The store cannot be reached: PostgreSQL database gnets at 127.0.0.1:1 (ConnectionStrings:Summit)")]
    [InlineData("", "ConnectionStrings:Summit is empty")]
    [InlineData("Host=127.0.0.1;Port=not-a-port", "ConnectionStrings:Summit is not a valid PostgreSQL connection string")]
    public async Task A_store_that_cannot_be_reached_or_is_misconfigured_stops_the_start_with_one_line_naming_the_setting(string connectionString, string expected)
    {
        Assert.True(File.Exists(WebAssembly), $"Build the site first: {WebAssembly}");

        var (exitCode, error) = await StartSiteAsync(connectionString);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n'));
        Assert.StartsWith("GNets.Summit cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task When_PostgreSQL_is_lost_saves_and_pages_answer_503_nothing_is_half_written_and_all_recovers_when_it_returns()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresSummitFactory.PostgresServer);
        await using var cutter = new TcpCutter(server.Port);
        await using var factory = new PostgresSummitFactory { ThroughPort = cutter.Port };
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/cities?q=Nice")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var form = await staff.GetAsync(edit);
        var visitor = factory.CreateVisitor();
        var revisionsBefore = await factory.WithStoreAsync(db => db.Revisions.CountAsync());

        cutter.Cut();

        using (var save = await staff.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Country"] = "France (while the store was lost)" }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), save.Headers.RetryAfter?.Delta);
            Assert.Contains("The store cannot be reached; nothing was saved.", Html.Parse(await save.Content.ReadAsStringAsync()).QuerySelector("main")!.TextOf());
        }

        using (var health = await visitor.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.StartsWith("Unhealthy", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var list = await staff.Client.GetAsync("/admin/cities"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        }

        // Pages never read before (so not in the output cache) cannot be made: a clear 503, in the reader's language.
        using (var page = await visitor.GetAsync("/cities/helsinki"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("The store cannot be reached, so this page cannot be shown just now.", await page.Content.ReadAsStringAsync());
        }

        using (var page = await visitor.GetAsync("/ja/cities/rome"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("データストアに接続できないため", await page.Content.ReadAsStringAsync());
        }

        using (var data = await visitor.GetAsync("/api/v1/cities/lisbon"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, data.StatusCode);
            Assert.Equal("application/problem+json", data.Content.Headers.ContentType?.MediaType);
        }

        cutter.Restore();

        // Nothing of the refused save was written: neither the city nor its revision log moved.
        var (country, revisionsAfter) = await factory.WithStoreAsync(async db =>
            ((await db.Cities.SingleAsync(c => c.Slug == "nice")).Country, await db.Revisions.CountAsync()));
        Assert.Equal("France", country);
        Assert.Equal(revisionsBefore, revisionsAfter);

        // The pool drops its broken connections and opens new ones: the same form, sent again, is saved.
        await WaitUntilHealthyAsync(visitor);
        using (var again = await staff.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Country"] = "France (after the store returned)" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Equal("France (after the store returned)", (await visitor.GetPageAsync("/cities/nice")).QuerySelector(".lead")!.TextOf());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/cities/helsinki")).StatusCode);
        Assert.Equal(revisionsBefore + 1, await factory.WithStoreAsync(db => db.Revisions.CountAsync()));
        Assert.Equal(1, await factory.WithStoreAsync(db => db.Revisions.CountAsync(r => r.Kind == ContentKind.City && r.Action == RevisionAction.Edited)));
    }

    private static async Task WaitUntilHealthyAsync(HttpClient visitor)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var health = await visitor.GetAsync("/healthz");
            if (health.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"/healthz still answers {(int)health.StatusCode} {clock.Elapsed.TotalSeconds:0} s after the store returned");
            await Task.Delay(200);
        }
    }
}
