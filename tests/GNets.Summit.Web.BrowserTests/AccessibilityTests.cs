using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserHost host)
{
    /// <summary>
    /// One page of each public template (<see cref="PublicTemplates"/>) in each language, at a desktop and a phone
    /// width: passes axe, logs no console error, scrolls not sideways, is marked as its language, and is screenshotted
    /// for a look (clipped text, Japanese glyphs). Driving every sitemap page here took most of the suite's time and
    /// added little: pages of one template differ in data, which the HTTP tests check on every page.
    /// </summary>
    [BrowserTheory]
    [InlineData(SiteLanguage.En, 1280)]
    [InlineData(SiteLanguage.En, 390)]
    [InlineData(SiteLanguage.Ja, 1280)]
    [InlineData(SiteLanguage.Ja, 390)]
    public async Task One_page_of_each_public_template_passes_axe_for_WCAG_22_AA_with_no_console_errors_and_no_sideways_scroll(SiteLanguage language, int width)
    {
        await using var context = await host.NewContextAsync(width);
        var paths = PublicTemplates.OnePageOfEach(await context.SitemapPathsAsync(japanese: language == SiteLanguage.Ja), language);
        var notFound = SiteUrls.InLanguage(PublicTemplates.NotFound, language);
        var problems = new List<string>();

        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            var errors = page.CollectErrors();
            await page.GotoAsync(path);

            if (await page.EvaluateAsync<string>("() => document.documentElement.lang") is var lang && lang != language.Tag())
            {
                problems.Add($"{path}: marked as lang=\"{lang}\"");
            }

            problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
            if (await page.SidewaysOverflowAsync() is var overflow and > 0)
            {
                problems.Add($"{path}: scrolls sideways by {overflow}px");
            }

            // The 404 page's own status is reported by Chromium as a failed resource; nothing else may be.
            problems.AddRange(errors
                .Where(e => !(path == notFound && e.Contains("404", StringComparison.Ordinal)))
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

    [BrowserFact]
    public async Task The_checks_are_not_vacuous_axe_reports_an_image_without_alt_and_faint_text_and_a_too_wide_block_scrolls_sideways()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        // A page of the site, so axe is loaded under the site's own Content-Security-Policy, as on every page checked.
        await page.GotoAsync("/about");
        Assert.Empty(await page.AxeViolationsAsync());
        Assert.Equal(0, await page.SidewaysOverflowAsync());

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.append(Object.assign(document.createElement('img'), { src: '/favicon.ico' }));
              const faint = Object.assign(document.createElement('p'), { textContent: 'Faint words' });
              faint.style.color = '#ccc';
              faint.style.background = '#fff';
              main.append(faint);
              const wide = document.createElement('div');
              wide.style.width = '2000px';
              wide.style.height = '1rem';
              main.append(wide);
            }
            """);
        var violations = await page.AxeViolationsAsync();
        var overflow = await page.SidewaysOverflowAsync();

        Assert.True(violations.Count == 2, string.Join("\n", violations));
        Assert.StartsWith("image-alt (critical)", violations.Single(v => v.StartsWith("image-alt", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("color-contrast (serious)", violations.Single(v => v.StartsWith("color-contrast", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.True(overflow > 500, $"a 2000px block in a 1280px window scrolls by {overflow}px");
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
