using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(BrowserHost host)
{
    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/events/leaders-summit-2023/program");

        await page.Keyboard.PressAsync("Tab");
        var first = await page.FocusAsync();
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("Skip to main content", first.Text);
        Assert.True(first.Visible, "the skip link has no visible focus indicator");
        Assert.True(box is { Y: >= 0 }, "the focused skip link is off screen");
        Assert.Equal("main", (await page.FocusAsync()).Tag);
        await page.Keyboard.PressAsync("Tab");
        var next = await page.FocusAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            $"after the skip link, Tab went to {next.Tag} {next.Href}");
    }

    /// <summary>
    /// From the home page, following only links that Tab reaches, every sitemap page is reached, and focus is visible
    /// at every stop. Tab goes through the first page of each template (<see cref="PublicTemplates"/>); on later pages
    /// of a template, whose links and styles are the same, the links Tab would stop at are read in one step instead
    /// (focusable, rendered, not inert): pressing Tab through all ~160 pages took over a minute.
    /// </summary>
    [BrowserFact]
    public async Task Tab_alone_reaches_every_public_page_from_the_home_page_with_focus_always_visible()
    {
        await using var context = await host.NewContextAsync();
        var sitemap = await context.SitemapPathsAsync();
        var page = await context.NewPageAsync();
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var tabbedTemplates = new HashSet<string>(StringComparer.Ordinal);
        var invisible = new List<string>();

        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            await page.GotoAsync(path);
            IReadOnlyList<string> links = PublicTemplates.Of(path) is { } template && !tabbedTemplates.Add(template)
                ? await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('a[href]')].filter(a => a.tabIndex >= 0 && !a.closest('[inert]') && a.checkVisibility({ visibilityProperty: true })).map(a => a.getAttribute('href'))")
                : await TabThroughAsync(page, path, invisible);

            foreach (var href in links)
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !IsDataFile(href))
                {
                    var target = href.Split('#')[0];
                    // The language switch leads to the Japanese edition, the same templates again: crawling it
                    // too would double the test (its links are still tabbed to, and checked, on every page).
                    if (target.Length > 0 && Web.Infrastructure.SiteUrls.LanguageOf(target) == Web.Infrastructure.SiteLanguage.En && reached.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
            }
        }

        Assert.Empty(invisible);
        Assert.Empty(sitemap.Except(reached));
        Assert.True(tabbedTemplates.Count >= PublicTemplates.InSitemap.Count, "Tab went through pages of only these templates: " + string.Join(", ", tabbedTemplates));
    }

    /// <summary>Presses Tab until focus leaves the page or comes round again; notes each stop without a visible focus.</summary>
    private static async Task<List<string>> TabThroughAsync(IPage page, string path, List<string> invisible)
    {
        var links = new List<string>();
        for (var stop = 0; stop < 400; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.FocusAsync();
            if (focus.Tag == "body" || focus.Again)
            {
                break;
            }

            if (!focus.Visible)
            {
                invisible.Add($"{path}: {focus.Tag} {focus.Href ?? focus.Name} \"{focus.Text}\"");
            }

            if (focus.Href is { } href)
            {
                links.Add(href);
            }
        }

        return links;
    }

    [BrowserFact]
    public async Task Tab_reaches_every_field_of_every_kind_of_admin_form_with_focus_visible()
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Admin);
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");
        // Signing in by keyboard alone: skip link, brand, e-mail, password, then Enter.
        await page.GetByLabel("E-mail address").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(StaffAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin");
        var problems = new List<string>();

        foreach (var path in new[]
        {
            "/admin/events/1", "/admin/cities/1", "/admin/people/1", "/admin/themes/1", "/admin/program-days/1",
            "/admin/program-items/5", "/admin/communiques/1", "/admin/communique-sections/1", "/admin/pages/1", "/admin/staff/new",
        })
        {
            await page.GotoAsync(path);
            var controls = await page.Locator("main form.admin-form").Last
                .Locator("input:not([type=hidden]), select, textarea, button").CountAsync();
            var focused = new HashSet<string>(StringComparer.Ordinal);
            for (var stop = 0; stop < 400; stop++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.FocusAsync();
                if (focus.Tag == "body")
                {
                    break;
                }

                if (!focus.Visible)
                {
                    problems.Add($"{path}: focus not visible on {focus.Tag} {focus.Name ?? focus.Href}");
                }

                if (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('main form.admin-form')") && focus.Tag is "input" or "select" or "textarea" or "button")
                {
                    focused.Add($"{focus.Tag}|{focus.Name}|{focus.Text}");
                }

                if (focus.Tag == "button" && focus.Text == "Save" || focus.Text == "Create the account")
                {
                    break;
                }
            }

            if (focused.Count < controls)
            {
                problems.Add($"{path}: Tab reached {focused.Count} of {controls} controls");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Calendars, schedules, images and open data are files for programs, not pages to tab through.</summary>
    private static bool IsDataFile(string href)
    {
        var path = href.Split('#', '?')[0];
        return path.StartsWith("/media/", StringComparison.Ordinal) || path.StartsWith("/api/v1/", StringComparison.Ordinal)
            || new[] { ".ics", ".xml", ".json", ".csv", ".atom" }.Any(ext => path.EndsWith(ext, StringComparison.Ordinal));
    }
}
