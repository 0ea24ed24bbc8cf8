using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>/news, /news/{slug} and the Atom feeds, in both languages, from the posts under content/news.</summary>
public sealed class NewsPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Communique = "/news/communique-2023-announced";
    private const string WaterVisit = "/news/water-site-visit-2024";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/news.atom", "en", "")]
    [InlineData("/ja/news.atom", "ja", "/ja")]
    public async Task The_feed_is_Atom_with_every_required_element_and_unique_ids(string path, string language, string prefix)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.NotNull(response.Headers.ETag);
        var text = await response.Content.ReadAsStringAsync();

        using var reader = XmlReader.Create(new StringReader(text));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(SummitFactory.PublicBaseUrl + path, feed.Id);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.NotEqual(default, feed.LastUpdatedTime);
        Assert.NotEmpty(feed.Authors);
        Assert.Equal(language, feed.Language);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == SummitFactory.PublicBaseUrl + path);
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == SummitFactory.PublicBaseUrl + prefix + "/news");

        var items = feed.Items.ToList();
        Assert.Contains(items, i => i.Id == SummitFactory.PublicBaseUrl + prefix + Communique);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.StartsWith(SummitFactory.PublicBaseUrl + prefix + "/news/", item.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.NotEqual(default, item.LastUpdatedTime);
            Assert.NotEqual(default, item.PublishDate);
            Assert.False(string.IsNullOrWhiteSpace(item.Summary.Text));
            Assert.Equal("html", ((TextSyndicationContent)item.Content).Type);
            Assert.Contains(item.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == item.Id);
        });
        // Newest first, by the date each post reports.
        Assert.Equal(items.OrderByDescending(i => i.PublishDate).Select(i => i.Id), items.Select(i => i.Id));

        // The document itself, element by element, as RFC 4287 §4.1 requires of a feed and its entries.
        var root = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal(language, root.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Single(root.Elements(Atom + "id"));
        Assert.Single(root.Elements(Atom + "updated"));
        Assert.All(root.Elements(Atom + "entry"), entry =>
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.Single(entry.Elements(Atom + "title"));
            Assert.Single(entry.Elements(Atom + "updated"));
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        });
    }

    [Fact]
    public async Task The_Japanese_feed_has_the_Japanese_titles_and_links_to_the_Japanese_pages()
    {
        using var reader = XmlReader.Create(new StringReader(await factory.CreateVisitor().GetStringAsync("/ja/news.atom")));
        var item = SyndicationFeed.Load(reader).Items.Single(i => i.Id.EndsWith(Communique, StringComparison.Ordinal));

        Assert.Equal("第1回G-NETS首長級会議が閉幕し、「G-NETS Leaders Summit Communiqué」を発表", item.Title.Text);
        Assert.Equal(SummitFactory.PublicBaseUrl + "/ja" + Communique, item.Links.Single().Uri.AbsoluteUri);
        Assert.Contains("小池 百合子", ((TextSyndicationContent)item.Content).Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), item.PublishDate);
    }

    [Theory]
    [InlineData("/", "/news.atom")]
    [InlineData("/ja", "/ja/news.atom")]
    [InlineData("/cities/tokyo", "/news.atom")]
    [InlineData("/ja" + Communique, "/ja/news.atom")]
    public async Task Every_page_advertises_the_feed_of_its_language_in_its_head(string path, string feed)
    {
        var page = await factory.CreateVisitor().GetPageAsync(path);

        var link = page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Single();
        Assert.Equal(SummitFactory.PublicBaseUrl + feed, link.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
    }

    [Fact]
    public async Task The_news_list_is_newest_first_and_links_each_post_with_its_date()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/news");

        Assert.Equal("News", page.QuerySelector("h1")!.TextOf());
        var dates = page.QuerySelectorAll(".card time").Select(t => DateOnly.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        var card = page.QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == Communique);
        Assert.Equal("March 1, 2023", card.QuerySelector("time")!.TextOf());
        Assert.Equal("/events/leaders-summit-2023/news", card.QuerySelector(".card__meta a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_Japanese_news_list_has_Japanese_titles_and_dates_and_links_within_the_Japanese_edition()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/news");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ニュース", page.QuerySelector("h1")!.TextOf());
        var card = page.QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/ja" + WaterVisit);
        Assert.Equal("5都市の職員が東京の上下水道施設を視察", card.QuerySelector("h2")!.TextOf());
        Assert.Equal("2024年12月6日（金）", card.QuerySelector("time")!.TextOf());
    }

    [Fact]
    public async Task A_post_shows_its_date_event_text_and_sources_and_describes_itself_as_a_NewsArticle()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Communique);

        Assert.Equal("The 1st Leaders Summit closes with the G-NETS Leaders Summit Communiqué", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("2023-03-01", page.QuerySelector("article time")!.GetAttribute("datetime"));
        // The featured event's overview is the home page.
        Assert.Contains(page.QuerySelectorAll("article a"), a => a.GetAttribute("href") == "/events/leaders-summit-2023" && a.TextOf() == "Leaders Summit 2023");
        Assert.Contains(page.QuerySelectorAll("article a"), a => a.GetAttribute("href") == "https://www.g-nets.metro.tokyo.lg.jp/en/communique/2023-leaders-summit.html");
        Assert.Equal(SummitFactory.PublicBaseUrl + "/ja" + Communique, page.QuerySelector("link[hreflang=ja]")!.GetAttribute("href"));

        var article = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(b => b.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("2023-03-01", article.GetProperty("datePublished").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + Communique, article.GetProperty("url").GetString());
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task The_Japanese_post_is_in_Japanese_with_its_date_in_the_Japanese_form()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja" + Communique);

        Assert.Equal("第1回G-NETS首長級会議が閉幕し、「G-NETS Leaders Summit Communiqué」を発表", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("2023年3月1日（水）", page.QuerySelector("article time")!.TextOf());
        Assert.Contains("小池 百合子 東京都知事", page.QuerySelector("article")!.TextOf(), StringComparison.Ordinal);
        Assert.Equal(SummitFactory.PublicBaseUrl + Communique, page.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_event_filter_lists_only_that_events_posts_and_the_event_page_lists_them_too()
    {
        var visitor = factory.CreateVisitor();

        var filtered = await visitor.GetPageAsync("/events/leaders-summit-2023/news");
        var links = filtered.QuerySelectorAll(".card h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Communique, links);
        Assert.DoesNotContain(WaterVisit, links);

        var overview = await visitor.GetPageAsync("/events/leaders-summit-2023");
        Assert.Contains(Communique, overview.Section("event-news-heading").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(WaterVisit, overview.Section("event-news-heading").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/news/no-such-post", HttpStatusCode.NotFound)]
    [InlineData("/ja/news/no-such-post", HttpStatusCode.NotFound)]
    [InlineData("/events/no-such-event/news", HttpStatusCode.NotFound)]
    [InlineData("/news?page=99", HttpStatusCode.NotFound)]
    [InlineData("/news?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/news?page=two", HttpStatusCode.BadRequest)]
    [InlineData("/news?page=-1", HttpStatusCode.BadRequest)]
    public async Task Unknown_posts_events_and_pages_are_refused_with_4xx(string path, HttpStatusCode expected)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_the_news_and_every_published_post_in_both_languages()
    {
        var sitemap = await factory.CreateVisitor().GetStringAsync("/sitemap.xml");

        foreach (var path in new[] { "/news", Communique, WaterVisit })
        {
            Assert.Contains($"<loc>{SummitFactory.PublicBaseUrl}{path}</loc>", sitemap, StringComparison.Ordinal);
            Assert.Contains($"<loc>{SummitFactory.PublicBaseUrl}/ja{path}</loc>", sitemap, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_finds_a_post_in_English_and_in_Japanese()
    {
        var visitor = factory.CreateVisitor();

        var english = await visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString("green-hydrogen"));
        Assert.Contains(Communique, english.QuerySelectorAll("#results-news ~ ol a").Select(a => a.GetAttribute("href")));

        var japanese = await visitor.GetPageAsync("/ja/search?q=" + Uri.EscapeDataString("上下水道"));
        Assert.Contains("/ja" + WaterVisit, japanese.QuerySelectorAll("#results-news ~ ol a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_unpublished_post_appears_nowhere_public()
    {
        await using var own = new SummitFactory();
        var visitor = own.CreateVisitor();
        await visitor.GetPageAsync("/news");
        await own.WithStoreAsync(async db =>
        {
            var eventId = db.Events.Single(e => e.Slug == "leaders-summit-2023").Id;
            db.NewsPosts.Add(new NewsPost
            {
                Slug = "quarantined-draft", Title = "Quarantined draft post", PublishedOn = new DateOnly(2030, 1, 1),
                Summary = "Not ready.", BodyMarkdown = "Zanzibarian placeholder text.", IsPublished = false, EventId = eventId,
            });
            await db.SaveChangesAsync();
        });

        await visitor.GetPageAsync("/news/quarantined-draft", HttpStatusCode.NotFound);
        await visitor.GetPageAsync("/ja/news/quarantined-draft", HttpStatusCode.NotFound);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/news"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/events/leaders-summit-2023/news"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/news.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/ja/news.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("quarantined-draft", await visitor.GetStringAsync("/search?q=Zanzibarian"), StringComparison.Ordinal);
    }
}
