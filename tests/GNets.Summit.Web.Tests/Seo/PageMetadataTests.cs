using System.Xml.Linq;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Seo;

public sealed class PageMetadataTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private async Task<List<string>> PublicPathsAsync()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await factory.CreateVisitor().GetStringAsync("/sitemap.xml"));
        return xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task Every_page_has_a_unique_title_and_description_and_an_absolute_canonical_link_to_itself()
    {
        var client = factory.CreateVisitor();
        var titles = new Dictionary<string, string>();
        var descriptions = new Dictionary<string, string>();
        foreach (var path in await PublicPathsAsync())
        {
            var page = await client.GetPageAsync(path);
            // Unique within a language: an untranslated description is the English one on both editions.
            var language = page.DocumentElement.GetAttribute("lang");
            var title = language + ": " + page.Title!;
            var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
            var descriptionKey = language + ": " + description;

            Assert.False(titles.ContainsKey(title), $"{path} has the same title as {titles.GetValueOrDefault(title)}: {title}");
            Assert.False(descriptions.ContainsKey(descriptionKey), $"{path} has the same description as {descriptions.GetValueOrDefault(descriptionKey)}");
            // A Japanese character says about as much as two or three English ones: search engines show about 120 of them.
            var (shortest, longest) = language == "ja" ? (25, 120) : (50, 160);
            Assert.True(description.Length >= shortest && description.Length <= longest, $"{path}: a description of {description.Length} characters: {description}");
            Assert.Equal(SummitFactory.PublicBaseUrl + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            titles[title] = path;
            descriptions[descriptionKey] = path;
        }
    }

    [Fact]
    public async Task No_description_or_heading_doubles_a_full_stop_or_capitalises_an_article_mid_sentence()
    {
        var client = factory.CreateVisitor();
        var midSentenceThe = new System.Text.RegularExpressions.Regex(@"\b(?:[Aa]t|of|in|to|from|for) The\b");
        var problems = new List<string>();
        foreach (var path in await PublicPathsAsync())
        {
            var page = await client.GetPageAsync(path);
            var texts = page.QuerySelectorAll("h1, h2, h3").Select(h => h.TextOf())
                .Append(page.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
            problems.AddRange(texts
                .Where(t => t.Contains("..", StringComparison.Ordinal) || midSentenceThe.IsMatch(t))
                .Select(t => $"{path}: {t}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_has_open_graph_and_twitter_card_tags_with_an_image()
    {
        var client = factory.CreateVisitor();
        foreach (var path in await PublicPathsAsync())
        {
            var page = await client.GetPageAsync(path);
            string Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"{path} lacks {selector}");

            Assert.Equal(SummitFactory.PublicBaseUrl + path, Meta("meta[property='og:url']"));
            Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta("meta[property='og:description']"));
            Assert.NotEmpty(Meta("meta[property='og:title']"));
            Assert.StartsWith(SummitFactory.PublicBaseUrl + "/", Meta("meta[property='og:image']"));
            Assert.NotEmpty(Meta("meta[property='og:image:alt']"));
            Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
            Assert.Equal(Meta("meta[property='og:image']"), Meta("meta[name='twitter:image']"));
        }
    }

    [Fact]
    public async Task The_default_share_image_exists()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal);

        using var response = await factory.CreateVisitor().GetAsync(image);

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }
}
