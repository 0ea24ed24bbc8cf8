using System.Net;
using GNets.Summit.Web.Areas.Admin.Controllers;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

public sealed class SignInTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static Dictionary<string, string?> Credentials(string email, string password) =>
        new() { ["Email"] = email, ["Password"] = password };

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var browser = new Browser(factory.CreateVisitor());

        using var response = await browser.SubmitAsync("/admin/sign-in", Credentials(email, "not the password at all"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The e-mail address or password is not right.", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Five_wrong_passwords_pause_the_account_from_that_address_even_against_the_right_one()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var browser = new Browser(factory.CreateVisitor());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await browser.SubmitAsync("/admin/sign-in", Credentials(email, $"wrong password number {attempt}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await browser.SubmitAsync("/admin/sign-in", Credentials(email, StaffAccounts.Password));

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(AccountController.Refused, Browser.ErrorsIn(await right.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_staff_cookie_is_secure_http_only_and_same_site_strict()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var browser = new Browser(factory.CreateVisitor());

        using var response = await browser.SubmitAsync("/admin/sign-in", Credentials(email, StaffAccounts.Password));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-gnets-staff=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = await factory.SignInAsNewStaffAsync();

        using var signedOut = await browser.SubmitAsync("/admin", formSelector: "form[action='/admin/sign-out']");
        using var after = await browser.Client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/admin/sign-in", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_copied_session_cookie_no_longer_works_after_signing_out()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var browser = new Browser(factory.CreateVisitor());
        using var signedIn = await browser.SubmitAsync("/admin/sign-in", Credentials(email, StaffAccounts.Password));
        var copied = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-gnets-staff=", StringComparison.Ordinal)).Split(';')[0];
        using var replayedBefore = await ReplayAsync(copied);
        Assert.Equal(HttpStatusCode.OK, replayedBefore.StatusCode);

        using var signedOut = await browser.SubmitAsync("/admin", formSelector: "form[action='/admin/sign-out']");
        using var replayedAfter = await ReplayAsync(copied);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayedAfter.StatusCode);
        Assert.StartsWith("https://localhost/admin/sign-in", replayedAfter.Headers.Location!.ToString());
    }

    /// <summary>Another client, holding nothing but the copied cookie.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await factory.CreateVisitor().SendAsync(request);
    }

    [Fact]
    public async Task A_return_address_outside_the_admin_is_ignored()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var browser = new Browser(factory.CreateVisitor());

        using var response = await browser.SubmitAsync("/admin/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string?> { ["Email"] = email, ["Password"] = StaffAccounts.Password, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }
}

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_too_many_requests()
    {
        await using var factory = new SummitFactory();
        factory.Settings["Security:SignInAttemptsPerMinute"] = "3";
        var browser = new Browser(factory.CreateVisitor());
        var form = await browser.GetAsync("/admin/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.SubmitAsync(form, new Dictionary<string, string?> { ["Email"] = "x@example.org", ["Password"] = "wrong" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
