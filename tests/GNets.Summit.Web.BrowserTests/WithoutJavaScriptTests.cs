using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class WithoutJavaScriptTests(BrowserHost host)
{
    [BrowserFact]
    public async Task A_visitor_reads_and_navigates_the_site_with_JavaScript_off()
    {
        await using var context = await host.NewContextAsync(390, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("G-NETS", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "The 1st G-NETS Leaders Summit", Exact = true }).First.ClickAsync();
        Assert.Equal("The 1st G-NETS Leaders Summit", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "See the program" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Session 6", Exact = true }).ClickAsync();
        Assert.Equal("Session 6: Environment", await page.Locator("h1").InnerTextAsync());
        // Exact: the session's map also links Nouakchott, named "Nouakchott: online".
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouakchott", Exact = true }).ClickAsync();
        Assert.Equal("Nouakchott", await page.Locator("h1").InnerTextAsync());
        // The communiqué is no longer in the main menu: the home page links the 1st summit's.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "the communiqué of the 1st G-NETS Leaders Summit" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Building Safe and Secure Cities" }).ClickAsync();
        Assert.EndsWith("#building-safe-and-secure-cities", page.Url);
    }

    [BrowserFact]
    public async Task Staff_sign_in_preview_and_save_with_JavaScript_off()
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Editor);
        await using var context = await host.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);

        await page.GotoAsync("/admin/pages/1");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("The **network** of cities.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview text", Exact = true }).ClickAsync();
        Assert.Equal("network", await page.Locator(".preview strong").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("Saved", await page.Locator(".notice").InnerTextAsync());

        await page.GotoAsync("/about");
        Assert.Equal("network", await page.Locator("main strong").InnerTextAsync());
    }
}
