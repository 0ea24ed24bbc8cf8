using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Localization;

/// <summary>
/// The Japanese edition lives under "/ja" with the same paths: every public page answers in both
/// languages, says which it is in, names its other version, and switches to the same page.
/// </summary>
public sealed class JapaneseEditionTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static string Local(string url) => url.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal);

    private async Task<XDocument> SitemapAsync() => XDocument.Parse(await factory.CreateVisitor().GetStringAsync("/sitemap.xml"));

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => Local(l.GetAttribute("href")!));

    [Fact]
    public async Task Every_sitemap_page_answers_in_its_language_names_both_versions_and_switches_to_the_same_page()
    {
        var locs = (await SitemapAsync()).Root!.Elements(Sitemap + "url").Select(u => Local(u.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Contains("/ja", locs);
        Assert.Contains("/ja/cities/tokyo", locs);
        var client = factory.CreateVisitor();
        var failures = new List<string>();

        foreach (var path in locs)
        {
            var japanese = path == "/ja" || path.StartsWith("/ja/", StringComparison.Ordinal);
            var english = japanese ? (path.Length == 3 ? "/" : path[3..]) : path;
            var other = japanese ? english : english == "/" ? "/ja" : "/ja" + english;
            var page = await client.GetPageAsync(path);

            var lang = page.DocumentElement.GetAttribute("lang");
            if (lang != (japanese ? "ja" : "en"))
            {
                failures.Add($"{path}: <html lang=\"{lang}\">");
            }

            if (Local(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "") != path)
            {
                failures.Add($"{path}: canonical is {page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")}");
            }

            var alternates = Alternates(page);
            var expected = new Dictionary<string, string> { ["en"] = english, ["ja"] = japanese ? path : other, ["x-default"] = english };
            if (!alternates.OrderBy(a => a.Key).SequenceEqual(expected.OrderBy(e => e.Key)))
            {
                failures.Add($"{path}: alternates {string.Join(", ", alternates)}");
            }

            var switchLink = page.QuerySelector("header a.lang-switch");
            if (switchLink?.GetAttribute("href") != other || switchLink.GetAttribute("hreflang") != (japanese ? "en" : "ja")
                || switchLink.GetAttribute("lang") != switchLink.GetAttribute("hreflang"))
            {
                failures.Add($"{path}: the language switch is {switchLink?.OuterHtml ?? "missing"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Theory]
    [InlineData("/cities/tokyo")]
    [InlineData("/events/leaders-summit-2023/program/session-6")]
    [InlineData("/")]
    public async Task The_switch_lands_on_the_same_page_in_the_other_language_and_its_switch_comes_back(string path)
    {
        var client = factory.CreateVisitor();
        var english = await client.GetPageAsync(path);
        var there = english.QuerySelector("a.lang-switch")!.GetAttribute("href")!;

        var japanese = await client.GetPageAsync(there);

        Assert.Equal("ja", japanese.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Alternates(english), Alternates(japanese));
        Assert.Equal(path, japanese.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        Assert.Equal("日本語", english.QuerySelector("a.lang-switch")!.TextOf());
        Assert.Equal("English", japanese.QuerySelector("a.lang-switch")!.TextOf());
    }

    [Fact]
    public async Task A_Japanese_browser_or_cookie_is_never_redirected_so_crawlers_reach_both_editions()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cities/tokyo");
        request.Headers.AcceptLanguage.ParseAdd("ja-JP,ja;q=0.9");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja");
        using var response = await factory.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", Html.Parse(await response.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switch_keeps_the_query_so_a_search_stays_the_same_search()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/search?q=Tokyo%20%E6%9D%B1%E4%BA%AC");

        Assert.Equal("/search?q=Tokyo%20%E6%9D%B1%E4%BA%AC", page.QuerySelector("a.lang-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_results_link_to_the_pages_in_the_language_searched_in_whichever_was_searched_first()
    {
        var client = factory.CreateVisitor();

        var japanese = await client.GetPageAsync("/ja/search?q=tokyo");
        var english = await client.GetPageAsync("/search?q=tokyo");

        var japaneseLinks = japanese.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("/cities/", StringComparison.Ordinal)).ToList();
        var englishLinks = english.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("/cities/", StringComparison.Ordinal)).ToList();
        Assert.Contains("/ja/cities/tokyo", japaneseLinks);
        Assert.All(japaneseLinks, h => Assert.StartsWith("/ja/", h, StringComparison.Ordinal));
        Assert.Contains("/cities/tokyo", englishLinks);
        Assert.All(englishLinks, h => Assert.False(h.StartsWith("/ja", StringComparison.Ordinal), h));
    }

    [Fact]
    public async Task Japanese_pages_link_within_the_Japanese_edition_and_say_so_to_sharing_sites()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/cities/tokyo");

        Assert.Equal("/ja", page.QuerySelector("a.brand")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll(".site-nav a"), a => Assert.StartsWith("/ja", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("ja_JP", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en_US", page.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
        Assert.Equal("本文へ移動", page.QuerySelector("a.skip-link")!.TextOf());
        Assert.Contains("東京都", page.QuerySelector(".site-footer")!.TextOf(), StringComparison.Ordinal);
        Assert.DoesNotContain("Tokyo Metropolitan Government", page.QuerySelector(".site-footer")!.TextOf(), StringComparison.Ordinal);
        // Assets stay root-relative: the prefix is a language, not a base path.
        Assert.StartsWith("/css/", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_Japanese_address_gets_the_Japanese_404_page()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/nothing-here", HttpStatusCode.NotFound);

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ページが見つかりません", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("/nothing-here", page.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        Assert.Equal("/ja", page.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_English_address_still_gets_the_English_404_page()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/nothing-here", HttpStatusCode.NotFound);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextOf());
    }

    [Theory]
    [InlineData("/fr/cities/tokyo")]
    [InlineData("/fr")]
    [InlineData("/en/cities/tokyo")]
    [InlineData("/ja/ja/cities/tokyo")]
    [InlineData("/japan")]
    public async Task Other_language_prefixes_are_not_found(string path)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/JA/cities", "/ja/cities")]
    [InlineData("/Ja", "/ja")]
    [InlineData("/ja/", "/ja")]
    [InlineData("/ja/Cities/Tokyo/", "/ja/cities/tokyo")]
    public async Task A_miswritten_prefix_is_redirected_to_the_one_address(string path, string canonical)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/ja/program", "/ja/events/leaders-summit-2023/program")]
    [InlineData("/ja/communique", "/ja/events/leaders-summit-2023/communique")]
    public async Task Redirects_within_the_Japanese_edition_stay_in_it(string path, string target)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.InRange((int)response.StatusCode, 301, 308);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/ja/admin")]
    [InlineData("/ja/admin/sign-in")]
    [InlineData("/ja/api/v1/events")]
    [InlineData("/ja/api/v1/cities.csv")]
    [InlineData("/ja/api/v1/openapi.json")]
    [InlineData("/ja/sitemap.xml")]
    [InlineData("/ja/robots.txt")]
    [InlineData("/ja/healthz")]
    [InlineData("/ja/favicon.svg")]
    public async Task Only_public_pages_exist_in_Japanese(string path)
    {
        var page = await factory.CreateVisitor().GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_sitemap_lists_each_page_in_both_languages_each_naming_all_versions()
    {
        var urls = (await SitemapAsync()).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => Local(u.Element(Sitemap + "loc")!.Value), u => u.Elements(Xhtml + "link")
                .ToDictionary(l => (string)l.Attribute("hreflang")!, l => Local((string)l.Attribute("href")!)));

        foreach (var path in new[] { "/cities/tokyo", "/ja/cities/tokyo" })
        {
            Assert.Equal("/cities/tokyo", urls[path]["en"]);
            Assert.Equal("/ja/cities/tokyo", urls[path]["ja"]);
            Assert.Equal("/cities/tokyo", urls[path]["x-default"]);
        }

        Assert.Equal("/ja", urls["/"]["ja"]);
        Assert.Equal(urls.Keys.Count(k => !k.StartsWith("/ja", StringComparison.Ordinal)), urls.Keys.Count(k => k.StartsWith("/ja", StringComparison.Ordinal)));
        Assert.All(urls.Values, links => Assert.Equal(3, links.Count));
    }

    [Fact]
    public async Task The_English_and_Japanese_of_one_path_never_get_each_others_cached_page()
    {
        var client = factory.CreateVisitor();

        // Japanese first on one path, English first on another: whichever is cached, the other is its own.
        var japaneseRome = await client.GetPageAsync("/ja/cities/rome");
        var englishRome = await client.GetPageAsync("/cities/rome");
        var englishParis = await client.GetPageAsync("/cities/paris");
        var japaneseParis = await client.GetPageAsync("/ja/cities/paris");
        var japaneseRomeAgain = await client.GetPageAsync("/ja/cities/rome");

        Assert.Equal("ja", japaneseRome.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", englishRome.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", englishParis.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", japaneseParis.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", japaneseRomeAgain.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_English_ETag_does_not_make_the_Japanese_page_not_modified()
    {
        var client = factory.CreateVisitor();
        using var english = await client.GetAsync("/cities/singapore");
        var etag = english.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/ja/cities/singapore");
        request.Headers.IfNoneMatch.Add(etag);
        using var japanese = await client.SendAsync(request);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/ja/cities/singapore");
        again.Headers.IfNoneMatch.Add(japanese.Headers.ETag!);
        using var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, japanese.StatusCode);
        Assert.NotEqual(etag, japanese.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Structured_data_says_which_language_the_event_is_described_in()
    {
        var english = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023");
        var japanese = await factory.CreateVisitor().GetPageAsync("/ja/events/leaders-summit-2023");

        Assert.Contains(english.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("\"inLanguage\":\"en\"", StringComparison.Ordinal));
        var ld = Assert.Single(japanese.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("\"@type\":\"Event\"", StringComparison.Ordinal));
        Assert.Contains("\"inLanguage\":\"ja\"", ld.TextContent, StringComparison.Ordinal);
        Assert.Contains($"\"url\":\"{SummitFactory.PublicBaseUrl}/ja/events/leaders-summit-2023\"", ld.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendars_exist_per_language_and_link_back_to_the_page_in_their_language()
    {
        var client = factory.CreateVisitor();
        using var englishResponse = await client.GetAsync("/events/leaders-summit-2023/program.ics");
        using var japaneseResponse = await client.GetAsync("/ja/events/leaders-summit-2023/program.ics");
        // iCalendar folds long lines with CRLF and a space.
        var english = (await englishResponse.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
        var japanese = (await japaneseResponse.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.Equal("text/calendar", japaneseResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{SummitFactory.PublicBaseUrl}/ja/events/leaders-summit-2023/program/session-6", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("/ja/", english, StringComparison.Ordinal);
        Assert.Contains("Moderator: ", english, StringComparison.Ordinal);
        Assert.Contains("モデレーター：", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("Moderator: ", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_to_calendar_links_of_a_Japanese_page_are_in_Japanese()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/events/leaders-summit-2023/program/session-6");

        var google = page.QuerySelectorAll("a[href^='https://calendar.google.com/']").Single().GetAttribute("href")!;
        var details = Uri.UnescapeDataString(google);
        Assert.Contains("/ja/events/leaders-summit-2023/program/session-6", details, StringComparison.Ordinal);
        Assert.Contains("モデレーター：", details, StringComparison.Ordinal);
    }
}
