using System.Text.RegularExpressions;
using GNets.Summit.Web.BrowserTests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

/// <summary>
/// The Japanese edition in a real Chromium: one page of each template (the home page, each kind of list
/// and detail page, the news, a page, the search, the embedded program and the 404) passes axe, fits a phone without sideways scrolling,
/// logs no console error, and is screenshotted for a look (Japanese glyphs, no clipped text).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class JapaneseEditionBrowserTests(BrowserHost host)
{
    /// <summary>The templates, by their Japanese addresses; the first sitemap page matching each is checked.</summary>
    private static readonly Regex[] Templates =
    [
        new("^/ja$"), new("^/ja/events$"), new("^/ja/events/[^/]+$"), new("^/ja/events/[^/]+/program$"), new("^/ja/events/[^/]+/program/[^/]+$"),
        new("^/ja/cities$"), new("^/ja/events/[^/]+/cities$"), new("^/ja/cities/[^/]+$"),
        new("^/ja/people$"), new("^/ja/events/[^/]+/people$"), new("^/ja/people/[^/]+$"),
        new("^/ja/events/[^/]+/communique$"), new("^/ja/news$"), new("^/ja/news/[^/]+$"),
        // Last: a page (/ja/about) is any one segment the templates above have not claimed.
        new("^/ja/[a-z0-9-]+$"),
    ];

    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task One_Japanese_page_of_each_template_passes_axe_and_fits_the_window(int width)
    {
        await using var context = await host.NewContextAsync(width);
        var sitemap = await context.SitemapPathsAsync(japanese: true);
        var paths = Templates.Select(t => sitemap.FirstOrDefault(p => t.IsMatch(p) && !Templates.Take(Array.IndexOf(Templates, t)).Any(e => e.IsMatch(p))))
            .OfType<string>().Distinct().Append("/ja/search?q=%E6%9D%B1%E4%BA%AC")
            .Append("/ja/events/leaders-summit-2023/embed/program").Append("/ja/no-such-page").ToList();
        // Every template found in the sitemap, and the search, the embedded program and the 404.
        Assert.True(paths.Count == Templates.Length + 3, string.Join(", ", paths));
        var problems = new List<string>();

        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            var errors = page.CollectErrors();
            await page.GotoAsync(path);

            if (await page.EvaluateAsync<string>("() => document.documentElement.lang") != "ja")
            {
                problems.Add($"{path}: not marked as Japanese");
            }

            problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
            if (await page.SidewaysOverflowAsync() is var overflow and > 0)
            {
                problems.Add($"{path}: scrolls sideways by {overflow}px");
            }

            problems.AddRange(errors.Where(e => !(path == "/ja/no-such-page" && e.Contains("404", StringComparison.Ordinal))).Select(e => $"{path}: console error {e}"));
            await page.ScreenshotAsync(path.Split('?')[0], width);
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"At {width}px:\n" + string.Join("\n", problems));
    }
}
