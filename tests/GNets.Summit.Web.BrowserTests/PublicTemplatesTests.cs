using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

/// <summary>The sample of one page per template cannot shrink or miss a new template unnoticed.</summary>
public sealed class PublicTemplatesTests
{
    private static readonly string[] Sitemap =
    [
        "/", "/events", "/events/summit", "/events/summit/program", "/events/summit/program/opening", "/cities", "/events/summit/cities",
        "/cities/tokyo", "/cities/cairo", "/people", "/events/summit/people", "/people/someone", "/events/summit/communique", "/news",
        "/news/a-post", "/about",
    ];

    [Fact]
    public void One_page_of_each_template_is_the_first_in_the_sitemap_then_the_pages_the_sitemap_leaves_out()
    {
        var sample = PublicTemplates.OnePageOfEach(Sitemap, SiteLanguage.En);

        Assert.Contains("/cities/tokyo", sample);
        Assert.DoesNotContain("/cities/cairo", sample);
        Assert.Equal(
            ["/events/leaders-summit-2023/news", "/search?q=Tokyo", "/api", "/events/leaders-summit-2023/embed/program", "/no-such-page"],
            sample.Skip(PublicTemplates.InSitemap.Count));
    }

    [Fact]
    public void The_Japanese_sample_is_the_same_templates_under_ja()
    {
        var sample = PublicTemplates.OnePageOfEach(Sitemap.Select(p => SiteUrls.InLanguage(p, SiteLanguage.Ja)).ToList(), SiteLanguage.Ja);

        Assert.Equal(PublicTemplates.InSitemap.Count + 5, sample.Count);
        Assert.All(sample, path => Assert.True(path == "/ja" || path.StartsWith("/ja/", StringComparison.Ordinal), path));
    }

    [Fact]
    public void A_sitemap_page_of_a_new_template_fails_the_sample_until_the_template_is_listed()
    {
        var error = Assert.ThrowsAny<Exception>(() => PublicTemplates.OnePageOfEach([.. Sitemap, "/events/summit/gallery"], SiteLanguage.En));

        Assert.Contains("/events/summit/gallery", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_with_no_page_in_the_sitemap_fails_the_sample_rather_than_shrinking_it()
    {
        var error = Assert.ThrowsAny<Exception>(() => PublicTemplates.OnePageOfEach(Sitemap.Where(p => p != "/events/summit/communique").ToList(), SiteLanguage.En));

        Assert.Contains("communiqué", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ja/events/summit/news?page=2", "event news")]
    [InlineData("/search?q=Tokyo", "search results")]
    [InlineData("/api", "open data")]
    [InlineData("/privacy", "page")]
    [InlineData("/ja", "home")]
    public void A_page_s_template_is_known_in_either_language_whatever_its_query(string path, string template)
    {
        Assert.Equal(template, PublicTemplates.Of(path));
    }
}
