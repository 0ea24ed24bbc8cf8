using System.Diagnostics;
using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// Redis lost while the site runs costs caching, never pages or saves, and /healthz says so; Redis unreachable at
/// start stops the site with one line naming the setting.
/// </summary>
public sealed class RedisFaultTests
{
    [RedisFact]
    public async Task Redis_lost_while_running_leaves_pages_served_uncached_and_health_degraded_until_it_returns()
    {
        using var redis = new RedisServer();
        await using var factory = new SummitFactory();
        factory.Settings["Redis:Configuration"] = redis.Configuration;
        var visitor = factory.CreateVisitor();
        await visitor.GetPageAsync("/cities/tokyo");
        factory.Queries.Reset();
        await visitor.GetPageAsync("/cities/tokyo");
        Assert.Equal(0, factory.Queries.Count);
        Assert.StartsWith("Healthy", await visitor.GetStringAsync("/healthz"));

        redis.Stop();

        factory.Queries.Reset();
        var page = await visitor.GetPageAsync("/cities/tokyo");
        await visitor.GetPageAsync("/cities/tokyo");
        Assert.Equal("Tokyo", page.QuerySelector("h1")!.TextOf());
        Assert.NotEqual(0, factory.Queries.Count);
        using (var health = await visitor.GetAsync("/healthz"))
        {
            var body = await health.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.StartsWith("Degraded", body);
            Assert.Contains($"redis: Degraded (Redis at 127.0.0.1:{redis.Port} cannot be reached", body);
        }

        // A save while Redis is away reaches the store and the pages at once.
        await factory.WithStoreAsync(db => db.Cities.Where(c => c.Slug == "tokyo")
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Name, "Tōkyō")));
        Assert.Equal("Tōkyō", (await visitor.GetPageAsync("/cities/tokyo")).QuerySelector("h1")!.TextOf());

        redis.Start();
        await WaitForAsync(async () => (await visitor.GetStringAsync("/healthz")).StartsWith("Healthy", StringComparison.Ordinal));

        await visitor.GetPageAsync("/cities/tokyo");
        factory.Queries.Reset();
        Assert.Equal("Tōkyō", (await visitor.GetPageAsync("/cities/tokyo")).QuerySelector("h1")!.TextOf());
        Assert.Equal(0, factory.Queries.Count);
    }

    [RedisFact]
    public async Task Redis_lost_while_running_leaves_sign_in_open_and_wrong_passwords_counted_by_the_instance()
    {
        using var redis = new RedisServer();
        await using var factory = new SummitFactory();
        factory.Settings["Redis:Configuration"] = redis.Configuration;
        var paused = await factory.CreateStaffAsync(StaffRoles.Editor);
        var other = await factory.CreateStaffAsync(StaffRoles.Editor);

        redis.Stop();

        var attacker = new Browser(factory.CreateVisitor());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(attacker, paused, $"wrong password number {attempt}"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(attacker, paused, StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(new Browser(factory.CreateVisitor()), other, StaffAccounts.Password));
    }

    private static async Task<HttpStatusCode> SignInAsync(Browser browser, string email, string password)
    {
        using var response = await browser.SubmitAsync("/admin/sign-in", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });
        return response.StatusCode;
    }

    [Fact]
    public async Task Redis_unreachable_at_start_stops_the_site_with_one_line_naming_the_setting_and_the_address()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gnets-summit-tests", "redis-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0" },
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Store__DatabasePath"] = Path.Combine(directory, "summit.db");
            start.Environment["Content__Path"] = RepositoryPaths.Content;
            start.Environment["Site__PublicBaseUrl"] = SummitFactory.PublicBaseUrl;
            start.Environment["Redis__Configuration"] = "127.0.0.1:1,connectTimeout=500";
            using var site = Process.Start(start)!;
            var output = site.StandardOutput.ReadToEndAsync();
            var error = await site.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await site.WaitForExitAsync(timeout.Token);

            Assert.Equal(2, site.ExitCode);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("GNets.Summit cannot start: Redis:Configuration: cannot connect to Redis at 127.0.0.1:1 (", line);
            Assert.DoesNotContain("   at ", await output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Redis did not come back within 20 seconds");
            await Task.Delay(200);
        }
    }
}
