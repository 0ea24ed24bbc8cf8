using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>The home page is the network's: what G-NETS is, its latest leaders' summit, its latest meetings, its cities.</summary>
public sealed class HomePageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Introduces_G_NETS_its_three_levels_and_its_three_themes()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        Assert.Equal("G-NETS", page.QuerySelector("h1")!.TextOf());
        var about = page.Section("about-heading");
        Assert.Contains("Tokyo Metropolitan Government", about.TextOf());
        Assert.Equal(
            ["/events#level-leaders", "/events#level-seniorofficials", "/events#level-workinglevel"],
            about.QuerySelectorAll("li a[href^='/events#']").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Inclusive and Just Societies", "Safe and Secure Cities", "Environment"], about.Texts(".tags .tag"));
    }

    [Fact]
    public async Task Features_the_newest_leaders_summit_with_its_theme_dates_venue_and_links()
    {
        var latest = await factory.WithStoreAsync(db => db.Events.Where(e => e.Kind == EventKind.LeadersSummit)
            .OrderByDescending(e => e.StartDate).Select(e => new { e.Slug, e.Title, e.Theme, e.VenueName }).FirstAsync());

        var page = await factory.CreateVisitor().GetPageAsync("/");

        var feature = page.Section("summit-heading");
        Assert.Equal(latest.Title, feature.QuerySelector("h2")!.TextOf());
        Assert.Equal("/events/" + latest.Slug, feature.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains(latest.Theme, feature.TextOf());
        Assert.Contains(latest.VenueName, feature.TextOf());
        var actions = feature.QuerySelectorAll(".actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/events/{latest.Slug}/program", actions);
    }

    [Fact]
    public async Task Links_the_communique_of_the_first_leaders_summit()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        Assert.Contains(page.Section("about-heading").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/events/leaders-summit-2023/communique");
    }

    [Fact]
    public async Task Counts_meetings_cities_and_continents_from_the_data()
    {
        var facts = await factory.WithStoreAsync(async db => new
        {
            Meetings = await db.Events.CountAsync(),
            Cities = await db.Cities.CountAsync(c => c.Participations.Any()),
            Continents = (await db.Cities.Where(c => c.Participations.Any()).Select(c => c.Continent).Distinct().ToListAsync()).Count,
        });

        var page = await factory.CreateVisitor().GetPageAsync("/");

        var stats = page.QuerySelectorAll(".stats strong").Select(s => s.TextOf()).ToList();
        Assert.Equal([$"{facts.Meetings}", $"{facts.Cities}", $"{facts.Continents}"], stats);
        Assert.Equal(["/events", "/cities", "/cities#by-continent"], page.QuerySelectorAll(".stats a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Lists_the_latest_meetings_besides_the_featured_summit_newest_first()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");
        var meetings = await factory.WithStoreAsync(db => db.Events.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).Select(e => new { e.Slug, e.Kind }).ToListAsync());
        var summit = meetings.First(m => m.Kind == EventKind.LeadersSummit).Slug;
        var expected = meetings.Where(m => m.Slug != summit).Take(4).Select(m => "/events/" + m.Slug).ToList();

        var listed = page.GetElementById("latest-heading") is null
            ? []
            : page.Section("latest-heading").QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task The_Japanese_home_page_names_the_levels_and_themes_as_the_host_does()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja");

        var about = page.Section("about-heading");
        var levels = about.QuerySelectorAll("li a[href^='/ja/events#'] strong").Select(s => s.TextOf()).ToList();
        Assert.Equal(["首長級会議", "実務責任者級会議", "実務担当者級"], levels);
        Assert.Equal(["包摂・公正", "安全安心な都市", "環境"], about.Texts(".tags .tag"));
        Assert.Equal("/ja/events/leaders-summit-2023/communique", about.QuerySelectorAll("a")[^1].GetAttribute("href"));
    }

    [Fact]
    public async Task Describes_the_network_as_an_Organization_in_its_structured_data()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
        Assert.Contains(ld, s => s.Contains("\"@type\":\"Organization\"", StringComparison.Ordinal) && s.Contains("\"alternateName\":\"G-NETS\"", StringComparison.Ordinal));
        Assert.Contains(ld, s => s.Contains($"\"url\":\"{SummitFactory.PublicBaseUrl}/events/leaders-summit-2023\"", StringComparison.Ordinal));
    }
}
