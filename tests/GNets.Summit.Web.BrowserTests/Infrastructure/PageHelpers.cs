using System.Xml.Linq;
using Deque.AxeCore.Commons;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests.Infrastructure;

public static class PageHelpers
{
    /// <summary>WCAG 2.2 A and AA, and the earlier levels they include.</summary>
    private static readonly string[] WcagAa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The axe-core that Deque.AxeCore bundles (the same rules its RunAxe runs), read once.</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Every public page's path in one language (English by default), from the sitemap, so a new kind of page
    /// is found without editing tests (<see cref="PublicTemplates.OnePageOfEach"/> fails on one it does not know).
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

    /// <summary>
    /// axe-core's WCAG 2.2 A/AA violations on the page, one line each. axe runs in the page (axe.run) and reports
    /// violations only. Deque's RunAxe, which this replaces, sent axe's 550 KB source twice a check, gathered every
    /// passing node too, and finished each check in a new browser page: about 1.5 s a page on this machine, most
    /// of the browser suite's time. Frames are not entered: no public page has one until a visitor asks for a video.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            // Evaluated, not added as a <script>: the site's Content-Security-Policy rightly refuses inline scripts.
            await page.EvaluateAsync("() => {" + AxeSource.Value + "\n}");
        }

        return await page.EvaluateAsync<string[]>("""
            async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }))
              .violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`)
            """, WcagAa);
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
