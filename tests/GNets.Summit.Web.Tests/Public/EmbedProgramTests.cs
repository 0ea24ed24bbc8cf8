using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>The program as partner cities frame it on their own sites, and the code the program page offers them.</summary>
public sealed class EmbedProgramTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Url = "/events/leaders-summit-2023/embed/program";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private static string FrameAncestors(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';').Select(d => d.Trim())
            .Single(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal));

    [Fact]
    public async Task Lists_every_item_by_day_with_its_time_in_Japan_Standard_Time_and_links_out_of_the_frame()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Equal("The 1st G-NETS Leaders Summit", page.QuerySelector("h1")!.TextOf());
        Assert.Contains("Times in Japan Standard Time.", page.QuerySelector("header .meta")!.TextOf());
        Assert.Equal(["Monday, February 27, 2023", "Tuesday, February 28, 2023", "Wednesday, March 1, 2023"], page.Texts("h2"));
        var opening = page.QuerySelectorAll(".item").Single(i => i.QuerySelector(".item__title")!.TextOf() == "Opening ceremony");
        Assert.Equal("09:15–09:25", opening.QuerySelector(".item__time")!.TextOf());
        Assert.Equal("/events/leaders-summit-2023/program/opening-ceremony", opening.QuerySelector("a")!.GetAttribute("href"));
        var session1 = page.QuerySelectorAll(".item").Single(i => i.QuerySelector(".item__title")!.TextOf() == "Session 1");
        Assert.Equal("Environment", session1.QuerySelector(".item__theme")!.TextOf());
        // Links open the full pages in the partner's window, not inside the frame.
        Assert.Equal("_top", page.QuerySelector("base")!.GetAttribute("target"));
    }

    [Fact]
    public async Task Is_a_small_page_of_its_own_without_the_site_header_script_or_site_stylesheet()
    {
        using var response = await factory.CreateVisitor().GetAsync(Url);
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        Assert.True(html.Length < 15_000, $"the embed is {html.Length} characters");
        Assert.Null(page.QuerySelector(".site-header"));
        Assert.Null(page.QuerySelector(".site-footer"));
        Assert.Empty(page.QuerySelectorAll("script"));
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Single(stylesheets);
        Assert.Contains("/css/embed", stylesheets[0]);
        using var css = await factory.CreateVisitor().GetAsync(stylesheets[0]);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.True((await css.Content.ReadAsByteArrayAsync()).Length < 4_000, "the embed's stylesheet stays small");
    }

    [Fact]
    public async Task Is_kept_out_of_search_engines_with_the_program_page_as_its_canonical()
    {
        using var response = await factory.CreateVisitor().GetAsync(Url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("noindex", Header(response, "X-Robots-Tag"));
        Assert.Equal(SummitFactory.PublicBaseUrl + "/events/leaders-summit-2023/program", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var sitemap = await factory.CreateVisitor().GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("/embed/", sitemap);
    }

    [Fact]
    public async Task May_be_framed_by_any_site_by_default_and_sends_no_X_Frame_Options_even_from_the_cache()
    {
        var client = factory.CreateVisitor();
        using var first = await client.GetAsync(Url);
        using var cached = await client.GetAsync(Url);

        foreach (var response in new[] { first, cached })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("frame-ancestors *", FrameAncestors(response));
            Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would forbid every frame");
            // The rest of the policy is the site's.
            Assert.Contains("script-src 'self'", Header(response, "Content-Security-Policy"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        }
    }

    [Fact]
    public async Task The_program_page_itself_still_refuses_every_frame()
    {
        using var response = await factory.CreateVisitor().GetAsync("/events/leaders-summit-2023/program");

        Assert.Equal("frame-ancestors 'none'", FrameAncestors(response));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Answers_in_Japanese_under_ja_with_Japanese_times_and_links()
    {
        using var response = await factory.CreateVisitor().GetAsync("/ja" + Url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("frame-ancestors *", FrameAncestors(response));
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("第1回G-NETS首長級会議", page.QuerySelector("h1")!.TextOf());
        Assert.Contains("時刻は日本時間です。", page.QuerySelector("header .meta")!.TextOf());
        Assert.Equal("2023年2月28日（火）", page.Texts("h2")[1]);
        var opening = page.QuerySelectorAll(".item").Single(i => i.QuerySelector(".item__title")!.TextOf() == "開会式");
        Assert.Equal("9:15–9:25", opening.QuerySelector(".item__time")!.TextOf());
        Assert.Equal("/ja/events/leaders-summit-2023/program/opening-ceremony", opening.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(SummitFactory.PublicBaseUrl + "/ja/events/leaders-summit-2023/program", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/events/no-such-event/embed/program")]
    [InlineData("/ja/events/no-such-event/embed/program")]
    public async Task An_unknown_event_is_not_found(string url)
    {
        using var response = await factory.CreateVisitor().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_program_page_offers_the_iframe_code_pointing_at_the_embed()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program");

        Assert.Equal("Embed this program", page.QuerySelector("#embed")!.TextOf());
        var code = Html.Parse(page.QuerySelector(".embed-code pre code")!.TextContent);
        var frame = code.QuerySelector("iframe")!;
        Assert.Equal(SummitFactory.PublicBaseUrl + Url, frame.GetAttribute("src"));
        Assert.Equal("Program of The 1st G-NETS Leaders Summit", frame.GetAttribute("title"));
    }

    [Fact]
    public async Task The_Japanese_program_page_offers_the_Japanese_embed()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/events/leaders-summit-2023/program");

        Assert.Equal("このプログラムを埋め込む", page.QuerySelector("#embed")!.TextOf());
        var frame = Html.Parse(page.QuerySelector(".embed-code pre code")!.TextContent).QuerySelector("iframe")!;
        Assert.Equal(SummitFactory.PublicBaseUrl + "/ja" + Url, frame.GetAttribute("src"));
        Assert.Equal("第1回G-NETS首長級会議のプログラム", frame.GetAttribute("title"));
    }
}

/// <summary>Embed:FrameAncestors names the sites that may frame the embed; a value that is not a list of sources stops the start.</summary>
public sealed class EmbedFrameAncestorsSettingTests
{
    [Fact]
    public async Task Only_the_configured_sites_may_frame_the_embed()
    {
        await using var factory = new SummitFactory();
        factory.Settings["Embed:FrameAncestors"] = "https://www.city.example 'self' https://*.partner.example";

        using var response = await factory.CreateVisitor().GetAsync("/events/leaders-summit-2023/embed/program");
        using var other = await factory.CreateVisitor().GetAsync("/cities/tokyo");

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors https://www.city.example 'self' https://*.partner.example", csp);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", other.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", string.Join(",", other.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("https://a.example; script-src *")]
    [InlineData("https://a.example, https://b.example")]
    [InlineData("")]
    public async Task A_value_that_is_not_a_list_of_sources_stops_the_site_at_start(string value)
    {
        await using var factory = new SummitFactory();
        factory.Settings["Embed:FrameAncestors"] = value;

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateVisitor());

        Assert.Contains("Embed:FrameAncestors", error.ToString());
    }
}
