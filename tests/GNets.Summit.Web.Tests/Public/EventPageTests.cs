using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>An event's overview at its own address; the featured event's is no longer the home page.</summary>
public sealed class EventPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Overview = "/events/leaders-summit-2023";

    [Fact]
    public async Task Shows_the_summit_title_theme_dates_in_Japan_Standard_Time_venue_and_format()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        Assert.Equal("The 1st G-NETS Leaders Summit", page.QuerySelector("h1")!.TextOf());
        var hero = page.QuerySelector(".hero")!.TextOf();
        Assert.Contains("Realizing a just and sustainable society with an eye to a post-COVID world", hero);
        Assert.Contains("February 27 – March 1, 2023", hero);
        Assert.Contains("(Japan Standard Time)", hero);
        Assert.Contains("Hilton Tokyo Shinjuku", hero);
        Assert.Contains("Hybrid event hosted at the venue and online", hero);
        Assert.Contains("Tokyo Metropolitan Government", hero);
    }

    [Fact]
    public async Task Counts_34_cities_on_five_continents_from_the_data()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        Assert.Contains("34 cities", page.QuerySelector(".stats")!.TextOf());
        Assert.Contains("5 continents", page.QuerySelector(".stats")!.TextOf());
        Assert.Contains("from 34 cities on five continents got together", page.QuerySelector(".intro")!.TextOf());
    }

    [Fact]
    public async Task Counts_how_cities_took_part_in_words_that_agree_with_the_number()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        Assert.Equal(["26 at the venue", "6 online", "4 by video message"], page.Section("took-part-heading").Texts(".mode-tiles a"));
    }

    [Fact]
    public async Task Links_onward_to_the_program_cities_and_communique()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        var actions = page.QuerySelectorAll(".actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/events/leaders-summit-2023/program", actions);
        Assert.Contains("/events/leaders-summit-2023/cities", actions);
        Assert.Contains("/events/leaders-summit-2023/communique", actions);
    }

    [Fact]
    public async Task Lists_keynote_speakers_before_moderators_with_Japanese_names_family_first()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        var keynotes = page.Section("keynotes-heading").Texts(".person-card__name");
        Assert.Equal(["Mr. Michael Bloomberg", "Mr. IZUMO Mitsuru"], keynotes);
        var moderators = page.Section("moderators-heading").Texts(".person-card__name");
        Assert.Equal(["Ms. ISHII Naoko", "Ms. Mari Christine", "Mr. KORESAWA Atsushi"], moderators);
    }

    [Fact]
    public async Task The_featured_events_overview_is_at_its_own_address_not_the_home_page()
    {
        using var response = await factory.CreateVisitor().GetAsync(Overview);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        var page = await factory.CreateVisitor().GetPageAsync(Overview);
        Assert.EndsWith(Overview, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["Home", "Events"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextOf()).ToArray());
    }
}
