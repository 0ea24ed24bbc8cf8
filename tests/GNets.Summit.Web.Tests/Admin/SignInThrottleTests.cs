using System.Net;
using GNets.Summit.Web.Areas.Admin.Controllers;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// Wrong passwords pause one account from one address only, and every refusal looks and costs the same,
/// so the sign-in page neither locks staff out for an attacker nor tells which accounts exist.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleTests.ClientAddressFactory factory) : IClassFixture<SignInThrottleTests.ClientAddressFactory>
{
    /// <summary>The app as in production, with the client address taken from a test header and password checks counted.</summary>
    public sealed class ClientAddressFactory : SummitFactory
    {
        public const string Header = "X-Test-Client-Address";

        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
                services.AddSingleton<IPasswordHasher<StaffUser>>(Hasher);
            });
        }

        public Browser VisitorFrom(string address)
        {
            var client = CreateVisitor();
            client.DefaultRequestHeaders.Add(Header, address);
            return new Browser(client);
        }

        private sealed class ClientAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return following(context);
                });
                next(app);
            };
        }
    }

    /// <summary>The site's password hasher, counting how often a password is checked against a hash.</summary>
    public sealed class CountingPasswordHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(StaffUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private static Dictionary<string, string?> Credentials(string email, string password) =>
        new() { ["Email"] = email, ["Password"] = password };

    private static async Task<(HttpStatusCode Status, string Errors)> SignInAsync(Browser browser, string email, string password)
    {
        using var response = await browser.SubmitAsync("/admin/sign-in", Credentials(email, password));
        return (response.StatusCode, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    private static async Task FailFiveTimesAsync(Browser browser, string email)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(browser, email, $"wrong password number {attempt}")).Status);
        }
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_do_not_keep_the_owner_out_from_another()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var attacker = factory.VisitorFrom("203.0.113.10");
        await FailFiveTimesAsync(attacker, email);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(attacker, email, "wrong password number 6")).Status);

        var fromAttacker = await SignInAsync(attacker, email, StaffAccounts.Password);
        var fromOwner = await SignInAsync(factory.VisitorFrom("198.51.100.20"), email, StaffAccounts.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, fromAttacker.Status);
        Assert.Equal(HttpStatusCode.Redirect, fromOwner.Status);
    }

    [Fact]
    public async Task Unknown_wrong_and_paused_accounts_get_the_same_answer()
    {
        var wrong = await factory.CreateStaffAsync(StaffRoles.Editor);
        var paused = await factory.CreateStaffAsync(StaffRoles.Editor);
        var locked = await factory.CreateStaffAsync(StaffRoles.Editor);
        await factory.WithStoreAsync(db => db.Users.Where(u => u.Email == locked)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));
        var visitor = factory.VisitorFrom("203.0.113.11");
        await FailFiveTimesAsync(visitor, paused);

        var answers = new[]
        {
            await SignInAsync(visitor, "nobody-" + Guid.NewGuid().ToString("N") + "@example.org", StaffAccounts.Password),
            await SignInAsync(visitor, wrong, "not the password at all"),
            await SignInAsync(visitor, paused, StaffAccounts.Password),
            await SignInAsync(visitor, locked, StaffAccounts.Password),
        };

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Unauthorized, AccountController.Refused), answer));
    }

    [Fact]
    public async Task A_password_hash_is_checked_for_unknown_paused_and_locked_accounts_too()
    {
        var paused = await factory.CreateStaffAsync(StaffRoles.Editor);
        var locked = await factory.CreateStaffAsync(StaffRoles.Editor);
        await factory.WithStoreAsync(db => db.Users.Where(u => u.Email == locked)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));
        var visitor = factory.VisitorFrom("203.0.113.12");
        await FailFiveTimesAsync(visitor, paused);
        var attempts = new[] { ("nobody-" + Guid.NewGuid().ToString("N") + "@example.org", StaffAccounts.Password), (paused, StaffAccounts.Password), (locked, StaffAccounts.Password) };

        var checks = new List<int>();
        foreach (var (email, password) in attempts)
        {
            var before = factory.Hasher.Verifications;
            await SignInAsync(visitor, email, password);
            checks.Add(factory.Hasher.Verifications - before);
        }

        Assert.Equal([1, 1, 1], checks);
    }

    [Fact]
    public async Task Unlocking_an_account_lets_it_sign_in_again_from_the_paused_address()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var owner = factory.VisitorFrom("203.0.113.13");
        await FailFiveTimesAsync(owner, email);
        var admin = await factory.SignInAsync(await factory.CreateStaffAsync(StaffRoles.Admin));
        var id = await factory.WithStoreAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        using var unlocked = await admin.SubmitAsync($"/admin/staff/{id}", formSelector: $"form[action='/admin/staff/{id}/unlock']");

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(owner, email, StaffAccounts.Password)).Status);
    }

    [Fact]
    public async Task A_failed_sign_in_is_logged_with_the_client_address()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);

        await SignInAsync(factory.VisitorFrom("203.0.113.14"), email, "not the password at all");

        Assert.Contains(factory.Logs.Messages(LogEventLevel.Warning),
            m => m.Contains("Failed sign-in", StringComparison.Ordinal) && m.Contains(email, StringComparison.Ordinal) && m.Contains("203.0.113.14", StringComparison.Ordinal));
    }
}

public sealed class RateLimitLogTests
{
    [Fact]
    public async Task A_request_refused_by_the_rate_limit_is_logged()
    {
        await using var factory = new SignInThrottleTests.ClientAddressFactory();
        factory.Settings["Security:SignInAttemptsPerMinute"] = "1";
        var browser = factory.VisitorFrom("203.0.113.15");
        var form = await browser.GetAsync("/admin/sign-in");
        using var first = await browser.SubmitAsync(form, new Dictionary<string, string?> { ["Email"] = "x@example.org", ["Password"] = "wrong" });

        using var second = await browser.SubmitAsync(form, new Dictionary<string, string?> { ["Email"] = "x@example.org", ["Password"] = "wrong" });

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains(factory.Logs.Messages(LogEventLevel.Warning),
            m => m.Contains("429", StringComparison.Ordinal) && m.Contains("/admin/sign-in", StringComparison.Ordinal) && m.Contains("203.0.113.15", StringComparison.Ordinal));
    }
}
