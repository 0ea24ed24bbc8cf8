using System.Xml.Linq;
using AngleSharp.Dom;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>
/// The accessibility faults that come with data rather than with a template, on every public page in both
/// languages: an image without alt text, a nameless link, a repeated id (two sessions with one slug), a label
/// or aria reference to nothing. The browser tests run axe on one page of each template; these pages differ
/// from that one only in their data, so reading their HTML is enough, and takes seconds instead of minutes.
/// </summary>
public sealed class PageAccessibilityTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static readonly string[] References = ["aria-labelledby", "aria-describedby", "aria-controls", "for"];

    private async Task<List<string>> PublicPathsAsync()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await factory.CreateVisitor().GetStringAsync("/sitemap.xml"));
        return xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal))
            // Not in the sitemap: an event's news, a search, the open data page and the embedded program.
            .Concat(["/events/leaders-summit-2023/news", "/search?q=Tokyo", "/api", "/events/leaders-summit-2023/embed/program"])
            .Concat(["/ja/events/leaders-summit-2023/news", "/ja/search?q=%E6%9D%B1%E4%BA%AC", "/ja/api", "/ja/events/leaders-summit-2023/embed/program"])
            .ToList();
    }

    [Fact]
    public async Task No_page_has_an_image_without_alt_a_nameless_link_or_button_a_repeated_id_or_a_reference_to_nothing()
    {
        var client = factory.CreateVisitor();
        var paths = await PublicPathsAsync();
        Assert.Contains("/ja/cities/tokyo", paths);
        var problems = new List<string>();

        foreach (var path in paths)
        {
            problems.AddRange(Problems(await client.GetPageAsync(path)).Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_check_is_not_vacuous_it_finds_each_fault_in_a_page_made_to_have_it()
    {
        var page = Html.Parse("""
            <html lang="en"><body>
              <img src="/a.webp"><a href="/x"></a><button><svg></svg></button><iframe src="/e"></iframe>
              <h2 id="twice">One</h2><h2 id="twice">Two</h2>
              <section aria-labelledby="nowhere"></section><label for="gone">Name</label>
              <a href="/ok" aria-label="Fine"></a><a href="/ok"><img src="/b.webp" alt="Also fine"></a>
            </body></html>
            """);

        var problems = Problems(page);

        Assert.Contains(problems, p => p.StartsWith("an image without alt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("a link without a name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("a button without a name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("a frame without a title", StringComparison.Ordinal));
        Assert.Contains("id \"twice\" used 2 times", problems);
        Assert.Contains("aria-labelledby=\"nowhere\" names no element", problems);
        Assert.Contains("for=\"gone\" names no element", problems);
        Assert.Equal(7, problems.Count);
    }

    private static List<string> Problems(IDocument page)
    {
        var problems = new List<string>();
        problems.AddRange(page.QuerySelectorAll("img:not([alt])").Select(i => $"an image without alt: {i.GetAttribute("src")}"));
        problems.AddRange(page.QuerySelectorAll("a[href]").Where(a => !HasName(a)).Select(a => $"a link without a name: {a.GetAttribute("href")}"));
        problems.AddRange(page.QuerySelectorAll("button").Where(b => !HasName(b)).Select(b => $"a button without a name: {b.OuterHtml[..Math.Min(b.OuterHtml.Length, 80)]}"));
        problems.AddRange(page.QuerySelectorAll("iframe:not([title])").Select(f => $"a frame without a title: {f.GetAttribute("src")}"));

        var ids = page.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        problems.AddRange(ids.Where(i => i.Value > 1).Select(i => $"id \"{i.Key}\" used {i.Value} times"));
        foreach (var attribute in References)
        {
            problems.AddRange(page.QuerySelectorAll($"[{attribute}]")
                .SelectMany(e => e.GetAttribute(attribute)!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(id => !ids.ContainsKey(id))
                .Distinct(StringComparer.Ordinal)
                .Select(id => $"{attribute}=\"{id}\" names no element"));
        }

        return problems;
    }

    /// <summary>A name as a screen reader finds one: text, aria-label, aria-labelledby, title, or an image's alt.</summary>
    private static bool HasName(IElement element) =>
        !string.IsNullOrWhiteSpace(element.TextContent)
        || !string.IsNullOrWhiteSpace(element.GetAttribute("aria-label"))
        || element.HasAttribute("aria-labelledby")
        || !string.IsNullOrWhiteSpace(element.GetAttribute("title"))
        || element.QuerySelectorAll("img[alt]").Any(i => !string.IsNullOrWhiteSpace(i.GetAttribute("alt")))
        || element.QuerySelectorAll("svg[aria-label], [role=img][aria-label]").Length > 0;
}
