using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

public sealed class SetupTests
{
    private static Dictionary<string, string?> Account(string email) => new()
    {
        ["DisplayName"] = "First Admin", ["Email"] = email,
        ["Password"] = StaffAccounts.Password, ["ConfirmPassword"] = StaffAccounts.Password,
    };

    [Fact]
    public async Task The_setup_link_creates_the_first_administrator_once()
    {
        await using var factory = new SummitFactory();
        var client = factory.CreateVisitor();
        var token = factory.Services.GetRequiredService<StaffSetup>().Token;
        Assert.NotNull(token);
        var browser = new Browser(client);

        using var created = await browser.SubmitAsync($"/admin/setup?token={token}", Account("first@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin", created.Headers.Location!.OriginalString);
        Assert.Equal("Dashboard", (await browser.GetAsync("/admin")).QuerySelector("h1")!.TextOf());
        using var again = await factory.CreateVisitor().GetAsync($"/admin/setup?token={token}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(factory.Services.GetRequiredService<StaffSetup>().Token);
    }

    [Fact]
    public async Task The_setup_link_stops_working_once_a_staff_account_exists_another_way()
    {
        await using var factory = new SummitFactory();
        var token = factory.Services.GetRequiredService<StaffSetup>().Token;
        var browser = new Browser(factory.CreateVisitor());
        var form = await browser.GetAsync($"/admin/setup?token={token}");

        await factory.CreateStaffAsync(StaffRoles.Admin, "cli@example.org");
        using var response = await browser.SubmitAsync(form, Account("late@example.org"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var page = await factory.CreateVisitor().GetAsync($"/admin/setup?token={token}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=guessed-token")]
    public async Task A_missing_or_wrong_token_is_not_found(string query)
    {
        await using var factory = new SummitFactory();

        using var response = await factory.CreateVisitor().GetAsync($"/admin/setup{query}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_a_message_and_the_link_still_works()
    {
        await using var factory = new SummitFactory();
        var token = factory.Services.GetRequiredService<StaffSetup>().Token;
        var browser = new Browser(factory.CreateVisitor());
        var account = Account("first@example.org");
        account["Password"] = account["ConfirmPassword"] = "short";

        using var response = await browser.SubmitAsync($"/admin/setup?token={token}", account);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("at least 12 characters", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.Equal(token, factory.Services.GetRequiredService<StaffSetup>().Token);
    }
}
