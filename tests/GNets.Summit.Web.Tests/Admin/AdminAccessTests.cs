using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

public sealed class AdminAccessTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    /// <summary>Every /admin route the app maps, with sample values for its parameters.</summary>
    private IReadOnlyList<(string Method, string Url, bool Anonymous)> AdminEndpoints()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<(string, string, bool)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (!pattern.StartsWith("admin", StringComparison.Ordinal))
            {
                continue;
            }

            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content?.StartsWith("int", StringComparison.Ordinal) == true) ? "1" : "sample",
                _ => "",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            result.AddRange(methods.Select(m => (m, url, anonymous)));
        }

        return result;
    }

    [Fact]
    public async Task Every_admin_endpoint_sends_an_anonymous_visitor_to_sign_in()
    {
        var endpoints = AdminEndpoints().Where(e => !e.Anonymous).ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} admin endpoints were found");
        var client = factory.CreateVisitor();

        foreach (var (method, url, _) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            using var response = await client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url} answered {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/admin/sign-in?ReturnUrl=", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public void Only_sign_in_setup_the_denied_page_and_the_language_switch_are_open_without_an_account()
    {
        var open = AdminEndpoints().Where(e => e.Anonymous).Select(e => $"{e.Method} {e.Url}").Order().ToList();

        // The language switch is on the sign-in page too; it sets nothing but the browser's own cookie.
        Assert.Equal(
            ["GET /admin/denied", "GET /admin/setup", "GET /admin/sign-in", "POST /admin/language", "POST /admin/setup", "POST /admin/sign-in"],
            open);
    }

    [Theory]
    [InlineData("/admin/staff")]
    [InlineData("/admin/staff/new")]
    [InlineData("/admin/backups")]
    public async Task An_editor_is_refused_the_pages_that_manage_accounts_and_backups(string url)
    {
        var editor = await factory.SignInAsNewStaffAsync(StaffRoles.Editor);

        using var response = await editor.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_editor_cannot_create_an_account_by_posting_directly()
    {
        var editor = await factory.SignInAsNewStaffAsync(StaffRoles.Editor);
        var dashboard = await editor.GetAsync("/admin");
        var token = dashboard.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await editor.Client.PostAsync("/admin/staff/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["DisplayName"] = "Sneaky", ["Email"] = "sneaky@example.org", ["Role"] = StaffRoles.Admin,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/denied", response.Headers.Location!.ToString());
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);
        var staff = await admin.GetAsync("/admin/staff");
        Assert.DoesNotContain("sneaky@example.org", staff.Body!.TextContent);
    }

    [Fact]
    public async Task An_editor_can_edit_content()
    {
        var editor = await factory.SignInAsNewStaffAsync(StaffRoles.Editor);

        var page = await editor.GetAsync("/admin/cities");

        Assert.Equal("Cities", page.QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task An_admin_creates_an_editor_account_and_sees_its_password_once()
    {
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);

        using var response = await admin.SubmitAsync("/admin/staff/new", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Kenji Editor", ["Email"] = "kenji@example.org", ["Role"] = StaffRoles.Editor,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".secret code")!.TextOf();
        Assert.True(password.Length >= 20);
        var kenji = await factory.SignInAsync("kenji@example.org", password);
        Assert.Equal("Dashboard", (await kenji.GetAsync("/admin")).QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var editor = await factory.SignInAsNewStaffAsync(StaffRoles.Editor);

        using var response = await editor.Client.PostAsync("/admin/cities/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Forged", ["Form.Country"] = "Nowhere", ["Form.CountryCode"] = "NW",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextOf());
    }
}
