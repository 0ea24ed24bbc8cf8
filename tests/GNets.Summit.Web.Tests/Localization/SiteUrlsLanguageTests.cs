using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using GNets.Summit.Web.Tests.Security;
using Serilog.Events;

namespace GNets.Summit.Web.Tests.Localization;

/// <summary>SiteUrls writes every path in the language being served, and swaps a path's language for the switch and alternates.</summary>
public sealed class SiteUrlsLanguageTests
{
    [Theory]
    [InlineData("/", "/ja")]
    [InlineData("/cities/tokyo", "/ja/cities/tokyo")]
    [InlineData("/search?q=x", "/ja/search?q=x")]
    [InlineData("/?q=x", "/ja?q=x")]
    [InlineData("/events/leaders-summit-2023/program#day-2023-02-27", "/ja/events/leaders-summit-2023/program#day-2023-02-27")]
    [InlineData("/japan", "/ja/japan")]
    public void A_path_swaps_between_the_languages_both_ways(string english, string japanese)
    {
        Assert.Equal(japanese, SiteUrls.InLanguage(english, SiteLanguage.Ja));
        Assert.Equal(english, SiteUrls.InLanguage(japanese, SiteLanguage.En));
        Assert.Equal(japanese, SiteUrls.InLanguage(japanese, SiteLanguage.Ja));
        Assert.Equal(english, SiteUrls.InLanguage(english, SiteLanguage.En));
    }

    [Theory]
    [InlineData("https://example.org/cities")]
    [InlineData("//example.org/cities")]
    [InlineData("mailto:x@example.org")]
    public void Anything_but_a_site_path_is_left_alone(string url)
    {
        Assert.Equal(url, SiteUrls.InLanguage(url, SiteLanguage.Ja));
    }

    [Fact]
    public void Paths_are_written_in_the_language_being_served()
    {
        Assert.Equal("/cities/tokyo", SiteLanguages.In(SiteLanguage.En, () => SiteUrls.City("tokyo")));
        Assert.Equal("/ja/cities/tokyo", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.City("tokyo")));
        Assert.Equal("/ja", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.Home));
        Assert.Equal("/ja/search?q=%E6%9D%B1%E4%BA%AC", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.Search("東京")));
        // One for every language.
        Assert.Equal("/sitemap.xml", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.Sitemap));
        Assert.Equal("/api/v1/events", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.ApiEvents));
        Assert.Equal("/media/abcdefgh/640.webp", SiteLanguages.In(SiteLanguage.Ja, () => SiteUrls.Media("abcdefgh", 640)));
    }
}

/// <summary>What the log says about a Japanese request: the address asked for, not the one routed.</summary>
public sealed class JapaneseRequestLogTests(VerboseLogFactory factory) : IClassFixture<VerboseLogFactory>
{
    [Fact]
    public async Task A_Japanese_request_is_logged_with_the_path_it_was_asked_for()
    {
        using var response = await factory.CreateVisitor().GetAsync("/ja/cities/rome");
        using var missing = await factory.CreateVisitor().GetAsync("/ja/nowhere-at-all");

        Assert.Contains(factory.Logs.Events, e => Logged(e, "/ja/cities/rome", "200"));
        Assert.Contains(factory.Logs.Events, e => Logged(e, "/ja/nowhere-at-all", "404"));
        Assert.DoesNotContain(factory.Logs.Events, e => e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: "/cities/rome" });
    }

    /// <summary>The request log's line for a path and status.</summary>
    private static bool Logged(LogEvent e, string path, string status) =>
        e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string logged } && logged == path
        && e.Properties.TryGetValue("StatusCode", out var code) && code.ToString() == status;
}
