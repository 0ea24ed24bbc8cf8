using System.Text.RegularExpressions;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.BrowserTests.Infrastructure;

/// <summary>
/// The public page templates, and one page of each to drive in Chromium. Pages that share a template differ only
/// in their data, which the HTTP tests read on every sitemap page in both languages (SitemapTests,
/// PageMetadataTests, PageAccessibilityTests, JapaneseEditionTests, SpeedBudgetTests ...); what needs a browser
/// (axe's rendered checks such as contrast, console errors, sideways scrolling) is checked on this sample.
/// </summary>
public static class PublicTemplates
{
    /// <summary>
    /// The templates the sitemap lists, by English address. The first sitemap page a template matches, and no
    /// template before it, stands for it; the same in Japanese under /ja.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Regex Address)> InSitemap =
    [
        ("home", new("^/$")),
        ("events timeline", new("^/events$")),
        ("event", new("^/events/[^/]+$")),
        ("program", new("^/events/[^/]+/program$")),
        ("program item", new("^/events/[^/]+/program/[^/]+$")),
        ("all cities", new("^/cities$")),
        ("an event's cities", new("^/events/[^/]+/cities$")),
        ("city", new("^/cities/[^/]+$")),
        ("all people", new("^/people$")),
        ("an event's people", new("^/events/[^/]+/people$")),
        ("person", new("^/people/[^/]+$")),
        ("communiqué", new("^/events/[^/]+/communique$")),
        ("news list", new("^/news$")),
        ("news post", new("^/news/[^/]+$")),
        // Last: a page (/about) is any one segment the templates above have not claimed.
        ("page", new("^/[a-z0-9-]+$")),
    ];

    /// <summary>
    /// Pages the sitemap leaves out (a filtered list, a query, a frame for partners' sites, an error), by English
    /// address; the search asks for a word of the language searched in.
    /// </summary>
    private static IEnumerable<string> NotInSitemap(SiteLanguage language) =>
    [
        SiteUrls.InLanguage("/events/leaders-summit-2023/news", language),
        SiteUrls.InLanguage("/search", language) + (language == SiteLanguage.Ja ? "?q=%E6%9D%B1%E4%BA%AC" : "?q=Tokyo"),
        SiteUrls.InLanguage(SiteUrls.ApiDocs, language),
        SiteUrls.InLanguage("/events/leaders-summit-2023/embed/program", language),
        SiteUrls.InLanguage(NotFound, language),
    ];

    /// <summary>The templates of pages the sitemap leaves out, by English address, for <see cref="Of"/>.</summary>
    private static readonly IReadOnlyList<(string Name, Regex Address)> OutsideSitemap =
    [
        ("event news", new("^/events/[^/]+/news$")),
        ("embedded program", new("^/events/[^/]+/embed/program$")),
        ("search results", new("^/search$")),
        ("open data", new("^/api$")),
    ];

    /// <summary>The template of a public page (English or Japanese, with or without a query), or null for one of no known template.</summary>
    public static string? Of(string path)
    {
        var english = SiteUrls.InLanguage(path.Split('?', '#')[0], SiteLanguage.En);
        return OutsideSitemap.Concat(InSitemap).FirstOrDefault(t => t.Address.IsMatch(english)).Name;
    }

    /// <summary>An address no page has: the 404 page.</summary>
    public const string NotFound = "/no-such-page";

    /// <summary>
    /// One page of each template in a language: a sitemap page for each template above, then the pages the sitemap
    /// leaves out. Fails on a sitemap page no template matches (a new template: add it above, so it is driven too)
    /// and on a template no sitemap page matches (the sample would silently shrink).
    /// </summary>
    public static IReadOnlyList<string> OnePageOfEach(IReadOnlyList<string> sitemap, SiteLanguage language)
    {
        var claimed = sitemap.ToLookup(path => InSitemap.FirstOrDefault(t => t.Address.IsMatch(SiteUrls.InLanguage(path, SiteLanguage.En))).Name);
        var unclaimed = claimed[null!].ToList();
        Assert.True(unclaimed.Count == 0, "Sitemap pages of no known template (add theirs to PublicTemplates): " + string.Join(", ", unclaimed));
        var missing = InSitemap.Where(t => !claimed[t.Name].Any()).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"No {language} sitemap page of these templates: " + string.Join(", ", missing));

        return InSitemap.Select(t => claimed[t.Name].First()).Concat(NotInSitemap(language)).ToList();
    }
}
