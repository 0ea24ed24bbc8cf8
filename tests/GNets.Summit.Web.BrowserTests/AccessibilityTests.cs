using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserHost host)
{
    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_public_page_passes_axe_for_WCAG_22_AA_with_no_console_errors_and_no_sideways_scroll(int width)
    {
        await using var context = await host.NewContextAsync(width);
        var paths = await context.SitemapPathsAsync();
        Assert.True(paths.Count > 50, $"only {paths.Count} pages in the sitemap");
        var problems = new List<string>();

        // Not in the sitemap: the search results and the partners' embedded program (its own small layout).
        foreach (var path in paths.Append("/search?q=Tokyo").Append("/events/leaders-summit-2023/embed/program").Append("/no-such-page"))
        {
            var page = await context.NewPageAsync();
            var errors = page.CollectErrors();
            await page.GotoAsync(path);

            problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
            if (await page.SidewaysOverflowAsync() is var overflow and > 0)
            {
                problems.Add($"{path}: scrolls sideways by {overflow}px");
            }

            // The 404 page's own status is reported by Chromium as a failed resource; nothing else may be.
            problems.AddRange(errors
                .Where(e => !(path == "/no-such-page" && e.Contains("404", StringComparison.Ordinal)))
                .Select(e => $"{path}: console error {e}"));
            await page.ScreenshotAsync(path.Split('?')[0], width);
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"At {width}px:\n" + string.Join("\n", problems));
    }

    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_staff_pages_pass_axe_too(int width)
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Admin);
        await using var context = await host.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        problems.AddRange((await GotoAndCheck(page, "/admin/sign-in")).Select(v => $"sign-in: {v}"));
        await page.SignInAsync(email, StaffAccounts.Password);

        foreach (var path in new[]
        {
            "/admin", "/admin/cities", "/admin/cities/new", "/admin/people", "/admin/people/1", "/admin/program-items",
            "/admin/program-items/new", "/admin/events/1", "/admin/communique-sections/1", "/admin/pages/1", "/admin/audit",
            "/admin/staff", "/admin/staff/new", "/admin/backups", "/admin/cities/1/history", "/admin/media", "/admin/media/gallery/event/1", "/admin/translations",
        })
        {
            problems.AddRange((await GotoAndCheck(page, path)).Select(v => $"{path}: {v}"));
        }

        // A form that failed validation, with its error summary and messages.
        await page.GotoAsync("/admin/cities/new");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"invalid city form: {v}"));

        Assert.True(problems.Count == 0, $"At {width}px:\n" + string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> GotoAndCheck(Microsoft.Playwright.IPage page, string path)
    {
        await page.GotoAsync(path);
        var problems = (await page.AxeViolationsAsync()).ToList();
        if (await page.SidewaysOverflowAsync() is var overflow and > 0 && !path.StartsWith("/admin", StringComparison.Ordinal))
        {
            problems.Add($"scrolls sideways by {overflow}px");
        }

        return problems;
    }
}
