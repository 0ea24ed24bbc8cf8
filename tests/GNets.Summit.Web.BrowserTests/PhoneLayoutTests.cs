using GNets.Summit.Web.BrowserTests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

/// <summary>The site on a 390 px phone: what used to wrap, break or repeat.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PhoneLayoutTests(BrowserHost host)
{
    private const int Phone = 390;

    /// <summary>
    /// Every English sitemap page on a phone, for sideways scrolling alone: a long word or address in the data
    /// (a news snippet's URL once did it) widens one page of a template and not the others, and only a browser sees
    /// it. One tab and no other checks, so it costs a page load each; axe, console errors and the Japanese pages
    /// are checked on one page of each template (AccessibilityTests).
    /// </summary>
    [BrowserFact]
    public async Task On_a_phone_no_public_page_scrolls_sideways()
    {
        await using var context = await host.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        var paths = await context.SitemapPathsAsync();
        var problems = new List<string>();

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            if (await page.SidewaysOverflowAsync() is var overflow and > 0)
            {
                problems.Add($"{path}: scrolls sideways by {overflow}px");
            }
        }

        Assert.True(paths.Count > 50, $"only {paths.Count} pages in the sitemap");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task On_a_phone_the_main_menu_is_one_row()
    {
        await using var context = await host.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var rows = await page.EvaluateAsync<int>(
            "() => new Set([...document.querySelectorAll('.site-nav li')].map(li => Math.round(li.getBoundingClientRect().top))).size");
        var height = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");

        Assert.Equal(1, rows);
        Assert.True(height < 110, $"the header is {height}px high");
        Assert.Equal(0, await page.SidewaysOverflowAsync());
    }

    [BrowserFact]
    public async Task On_a_phone_no_word_in_the_hero_tiles_is_broken_across_lines()
    {
        await using var context = await host.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.stats a')].flatMap(tile => {
              const broken = [];
              const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode, words = /\S+/g;
                let word;
                while ((word = words.exec(node.data))) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(word[0]);
                }
              }
              return broken;
            })
            """);

        Assert.Equal(3, await page.Locator(".stats a").CountAsync());
        Assert.Empty(broken);
    }

    [BrowserFact]
    public async Task On_a_phone_the_cities_page_lists_each_city_once_and_is_far_shorter()
    {
        await using var context = await host.NewContextAsync(Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/events/leaders-summit-2023/cities");

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.ScreenshotAsync("/events/leaders-summit-2023/cities", Phone);

        // In the lists: the map above them links each city once more.
        Assert.Equal(34, await page.Locator("main a[href^='/cities/']:not(.map-city)").CountAsync());
        Assert.True(height < 4000, $"the cities page is {height}px tall at {Phone}px");
    }
}
