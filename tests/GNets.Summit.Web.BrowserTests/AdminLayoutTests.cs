using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AdminLayoutTests(BrowserHost host)
{
    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_staff_menu_is_one_line_and_a_group_opens_to_its_pages(int width)
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Admin);
        await using var context = await host.NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);

        await page.GotoAsync("/admin/program-items");
        var overflowing = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        var tops = await page.Locator(".admin-nav__groups > li").EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
        await page.ScreenshotAsync("/admin/program-items-menu", width);
        await page.Locator(".admin-nav summary", new() { HasText = "Content" }).ClickAsync();
        var sections = page.GetByRole(AriaRole.Link, new() { Name = "Communiqué sections", Exact = true });
        var visible = await sections.IsVisibleAsync();
        await page.ScreenshotAsync("/admin/program-items-menu-open", width);

        Assert.Equal(4, tops.Length);
        Assert.Single(tops.Distinct());
        Assert.True(visible, "the Content group did not show its pages when opened");
        Assert.True(await page.SidewaysOverflowAsync() == 0, $"{await page.SidewaysOverflowAsync()} px wider than the window: " + string.Join(", ", overflowing));
    }

    [BrowserFact]
    public async Task A_field_that_failed_has_a_thick_bar_on_its_left()
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Editor);
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);
        await page.GotoAsync("/admin/cities?q=Tirana");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tirana", Exact = true }).ClickAsync();

        await page.GetByLabel("Latitude").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var field = page.Locator("#Form_Latitude");
        var left = await field.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftWidth");
        var right = await field.EvaluateAsync<string>("e => getComputedStyle(e).borderRightWidth");
        await page.ScreenshotAsync("/admin/cities-invalid-field", 1280);
        Assert.True(double.Parse(left.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 6, $"left border {left}");
        Assert.Equal("2px", right);
    }

    [BrowserFact]
    public async Task A_sessions_city_checkboxes_fit_a_phone()
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Editor);
        await using var context = await host.NewContextAsync(390);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);
        await page.GotoAsync("/admin/program-items?q=Session 1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Session 1", Exact = false }).First.ClickAsync();

        await page.GetByLabel("Cairo (Egypt)").CheckAsync();
        await page.Locator("#Form_Cities").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotFolder, "390", "admin_program-item-cities.png") });

        Assert.True(await page.GetByLabel("Cairo (Egypt)").IsCheckedAsync());
        Assert.Equal(0, await page.SidewaysOverflowAsync());
    }
}
