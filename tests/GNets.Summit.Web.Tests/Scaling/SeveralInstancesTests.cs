using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Admin;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// Two instances of the site on one SQLite file and one Redis, as behind a load balancer: whatever one instance
/// does (a save, a sign-in, a wrong password) the other sees on its very next request.
/// </summary>
public sealed class SeveralInstancesTests(SeveralInstancesTests.TwoInstances site) : IClassFixture<SeveralInstancesTests.TwoInstances>
{
    /// <summary>Sign-in POSTs allowed per client address per minute in these hosts (counted across both).</summary>
    private const int AttemptsPerMinute = 8;

    /// <summary>A and B share the store file and the Redis; the client address comes from a test header.</summary>
    public sealed class TwoInstances : IAsyncLifetime
    {
        public RedisServer? Redis { get; private set; }

        public SignInThrottleTests.ClientAddressFactory A { get; private set; } = null!;

        public SignInThrottleTests.ClientAddressFactory B { get; private set; } = null!;

        public Task InitializeAsync()
        {
            if (!File.Exists(RedisServer.ServerPath) && Environment.GetEnvironmentVariable("REQUIRE_REDIS") != "1")
            {
                return Task.CompletedTask;
            }

            Redis = new RedisServer();
            A = Configure(new SignInThrottleTests.ClientAddressFactory());
            _ = A.Server; // A creates and fills the store before B opens it.
            B = Configure(new SignInThrottleTests.ClientAddressFactory { DatabasePath = A.DatabasePath });
            _ = B.Server;
            return Task.CompletedTask;
        }

        private SignInThrottleTests.ClientAddressFactory Configure(SignInThrottleTests.ClientAddressFactory factory)
        {
            factory.Settings["Redis:Configuration"] = Redis!.Configuration;
            factory.Settings["Security:SignInAttemptsPerMinute"] = AttemptsPerMinute.ToString();
            return factory;
        }

        public async Task DisposeAsync()
        {
            if (Redis is null)
            {
                return;
            }

            await B.DisposeAsync();
            await A.DisposeAsync();
            Redis.Dispose();
        }
    }

    [RedisFact]
    public async Task A_city_saved_through_instance_A_is_shown_by_instance_B_on_its_next_request_although_B_had_cached_it()
    {
        var reader = site.B.CreateVisitor();
        Assert.Equal("Ulaanbaatar", (await reader.GetPageAsync("/cities/ulaanbaatar")).QuerySelector("h1")!.TextOf());
        Assert.Equal("Ulaanbaatar", (await reader.GetPageAsync("/cities/ulaanbaatar")).QuerySelector("h1")!.TextOf());
        site.B.Queries.Reset();
        await reader.GetPageAsync("/cities/ulaanbaatar");
        Assert.Equal(0, site.B.Queries.Count);

        var staff = await site.A.SignInAsync(await site.A.CreateStaffAsync(StaffRoles.Editor));
        var edit = (await staff.GetAsync("/admin/cities?q=Ulaanbaatar")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "Ulan Bator" });

        Assert.Equal("Ulan Bator", (await reader.GetPageAsync("/cities/ulaanbaatar")).QuerySelector("h1")!.TextOf());
    }

    [RedisFact]
    public async Task A_staff_member_signed_in_on_instance_A_keeps_working_on_instance_B_forms_included()
    {
        var email = await site.A.CreateStaffAsync(StaffRoles.Editor);
        var cookies = new System.Net.CookieContainer();
        var onA = new Browser(site.A.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
        var onB = new Browser(site.B.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
        using (var signIn = await onA.SubmitAsync("/admin/sign-in", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = StaffAccounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // The form comes from A (its antiforgery token made with A's keys) and is posted to B.
        var form = await onA.GetAsync("/admin/cities/new");
        using var saved = await onB.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Form.Name"] = "Nara", ["Form.Country"] = "Japan", ["Form.CountryCode"] = "JP", ["Form.Continent"] = "Asia",
            ["Form.Latitude"] = "34.6851", ["Form.Longitude"] = "135.8048",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await onB.GetAsync("/admin");
        // The keys are in Redis, not in a folder beside the store (which these two hosts would share by chance).
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(site.A.DatabasePath)!, "keys")));
        Assert.Equal("Nara", (await site.A.CreateVisitor().GetPageAsync("/cities/nara")).QuerySelector("h1")!.TextOf());
    }

    [RedisFact]
    public async Task Wrong_passwords_on_instance_A_and_instance_B_add_up_to_one_pause()
    {
        var email = await site.A.CreateStaffAsync(StaffRoles.Editor);
        var onA = site.A.VisitorFrom("203.0.113.40");
        var onB = site.B.VisitorFrom("203.0.113.40");

        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            failures.Add(await SignInAsync(attempt % 2 == 0 ? onA : onB, email, $"wrong password number {attempt}"));
        }

        Assert.All(failures, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(onA, email, StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(onB, email, StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(site.B.VisitorFrom("198.51.100.40"), email, StaffAccounts.Password));
    }

    [RedisFact]
    public async Task The_sign_in_rate_limit_counts_attempts_on_both_instances()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= AttemptsPerMinute; attempt++)
        {
            var instance = attempt % 2 == 0 ? site.A : site.B;
            statuses.Add(await SignInAsync(instance.VisitorFrom("203.0.113.41"), $"nobody-{attempt}@example.org", "not a password at all"));
        }

        Assert.All(statuses.Take(AttemptsPerMinute), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static async Task<HttpStatusCode> SignInAsync(Browser browser, string email, string password)
    {
        using var response = await browser.SubmitAsync("/admin/sign-in", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });
        return response.StatusCode;
    }
}
