using System.Net;
using System.Net.Http.Headers;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Security;

public sealed class SecurityHeaderTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    public static TheoryData<string> PublicAddresses => new()
    {
        "/", "/events/leaders-summit-2023/program", "/cities/tokyo", "/people/izumo-mitsuru", "/about", "/no-such-page",
        "/sitemap.xml", "/robots.txt", "/healthz", "/events/leaders-summit-2023/program.ics", "/favicon.svg",
        "/admin/sign-in", "/Cities/Tokyo/",
    };

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public async Task Every_kind_of_response_carries_the_security_headers(string url)
    {
        using var response = await factory.CreateVisitor().GetAsync(url);

        AssertSecurityHeaders(response, url);
    }

    [Fact]
    public async Task Staff_pages_and_cached_pages_carry_them_too()
    {
        var staff = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);
        foreach (var url in new[] { "/admin", "/admin/people/1", "/admin/staff" })
        {
            using var response = await staff.Client.GetAsync(url);
            AssertSecurityHeaders(response, url);
        }

        var visitor = factory.CreateVisitor();
        await visitor.GetAsync("/cities/paris");
        using var cached = await visitor.GetAsync("/cities/paris");
        AssertSecurityHeaders(cached, "/cities/paris (from the output cache)");
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_http_only_and_strict()
    {
        using var response = await factory.CreateVisitor().GetAsync("/admin/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-gnets-af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Staff_pages_are_never_stored_by_browsers_or_proxies()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        using var response = await staff.Client.GetAsync("/admin/cities");

        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string url)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
            : throw new Xunit.Sdk.XunitException($"{url} ({(int)response.StatusCode}) lacks {name}");

        var csp = Header("Content-Security-Policy");
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc);
        Assert.DoesNotContain("unsafe-eval", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.StartsWith("max-age=", Header("Strict-Transport-Security"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"), $"{url} names its server");
        Assert.False(response.Headers.Contains("X-Powered-By"), $"{url} says what powers it");
    }
}

public sealed class PlainHttpTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Theory]
    [InlineData("/admin/sign-in")]
    [InlineData("/admin/setup?token=anything")]
    public async Task Staff_pages_refuse_plain_http_outside_development_with_a_message(string url)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost"),
            AllowAutoRedirect = false,
        });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("served over HTTPS only", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Public_pages_still_answer_over_plain_http()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });

        using var response = await client.GetAsync("/cities/tokyo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS");
    }
}
