using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests.Infrastructure;

public static class PageHelpers
{
    /// <summary>WCAG 2.2 A and AA, and the earlier levels they include.</summary>
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>
    /// Every public page's path in one language, from the sitemap (so a new kind of page is covered without
    /// editing tests). English by default: the Japanese edition has the same templates, and checking each
    /// page twice would double the suite's time (JapaneseEditionBrowserTests checks one of each).
    /// </summary>
    public static async Task<IReadOnlyList<string>> SitemapPathsAsync(this IBrowserContext context, bool japanese = false)
    {
        var response = await context.APIRequest.GetAsync("/sitemap.xml");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Parse(await response.TextAsync()).Root!.Elements(ns + "url")
            .Select(u => u.Element(ns + "loc")!.Value.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal))
            .Where(path => (path == "/ja" || path.StartsWith("/ja/", StringComparison.Ordinal)) == japanese)
            .ToList();
    }

    /// <summary>Console errors and uncaught exceptions of a page, as they happen.</summary>
    public static List<string> CollectErrors(this IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString() ?? n.Html))}")
            .ToList();
    }

    /// <summary>How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways).</summary>
    public static Task<int> SidewaysOverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    public static async Task ScreenshotAsync(this IPage page, string path, int width)
    {
        var name = path == "/" ? "home" : path.Trim('/').Replace('/', '_');
        var file = Path.Combine(BrowserHost.ScreenshotFolder, width.ToString(System.Globalization.CultureInfo.InvariantCulture), name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>What has focus: its tag, href, name and whether a focus indicator is drawn.</summary>
    public static Task<FocusInfo> FocusAsync(this IPage page) => page.EvaluateAsync<FocusInfo>("""
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { tag: 'body', href: null, name: null, visible: false, text: '', again: false };
          // Marks the element, so a test can tell when Tab has gone all the way round.
          const again = el.dataset.tabbed === '1';
          el.dataset.tabbed = '1';
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow && style.boxShadow !== 'none';
          return { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), name: el.getAttribute('name') || el.id || null,
                   visible: outline || shadow, text: (el.innerText || el.value || '').trim().slice(0, 60), again };
        }
        """);

    /// <summary>Signs in through the real form, typing as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/admin/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }
}

public sealed class FocusInfo
{
    public string Tag { get; set; } = "";
    public string? Href { get; set; }
    public string? Name { get; set; }
    public bool Visible { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The element had focus before on this page: Tab has cycled.</summary>
    public bool Again { get; set; }
}
