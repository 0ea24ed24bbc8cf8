using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class CitiesPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Url = "/events/leaders-summit-2023/cities";

    [Fact]
    public async Task Shows_34_cities_on_five_continents()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Contains("34 cities", page.QuerySelector(".lead")!.TextOf());
        Assert.Contains("five continents", page.QuerySelector(".lead")!.TextOf());
        var continents = page.Section("by-continent").QuerySelectorAll(".city-group h3").Select(h => h.Id).ToList();
        Assert.Equal(
            ["continent-africa", "continent-americas", "continent-asia", "continent-europe", "continent-oceania"],
            continents);
        var citiesByContinent = page.Section("by-continent").QuerySelectorAll(".city-list > li > a").Select(a => a.TextOf()).ToList();
        Assert.Equal(34, citiesByContinent.Count);
        Assert.Equal(34, citiesByContinent.Distinct().Count());
    }

    [Fact]
    public async Task Each_city_appears_once_on_the_page()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        // In the lists, that is: the map above them has a dot for each city too (see Map/MapPageTests).
        var links = page.QuerySelectorAll("main a[href^='/cities/']:not(.map-city)").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(34, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public async Task Shows_every_way_each_city_of_the_seed_took_part()
    {
        var seed = SeedFacts.Load();
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        AssertSameCities(seed.AtTheVenue, CitiesWith(page, "At the venue"));
        AssertSameCities(seed.Online, CitiesWith(page, "Online"));
        AssertSameCities(seed.VideoMessages, CitiesWith(page, "Video message"));
        var counts = page.Section("by-mode").Texts(".mode-key li");
        Assert.Equal(["At the venue 26 cities", "Online 6 cities", "Video message 4 cities"], counts);
    }

    [Fact]
    public async Task Rome_shows_the_venue_and_online_and_New_York_the_venue_and_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Equal(["At the venue", "Online"], ModesOf(page, "Rome"));
        Assert.Equal(["At the venue", "Video message"], ModesOf(page, "New York"));
        Assert.Equal(["Video message"], ModesOf(page, "Cairo"));
    }

    private static IReadOnlyList<string> ModesOf(AngleSharp.Dom.IDocument page, string city) =>
        page.QuerySelectorAll(".city-list > li").Single(li => li.QuerySelector("a")!.TextOf() == city).Texts(".city-list__modes .tag");

    private static List<string> CitiesWith(AngleSharp.Dom.IDocument page, string mode) =>
        page.QuerySelectorAll(".city-list > li")
            .Where(li => li.Texts(".city-list__modes .tag").Contains(mode))
            .Select(li => li.QuerySelector("a")!.TextOf())
            .ToList();

    [Fact]
    public async Task Keeps_the_characters_of_Sao_Paulo_and_Malmo()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var names = page.Section("by-continent").Texts(".city-list > li > a");
        Assert.Contains("São Paulo", names);
        Assert.Contains("Malmö", names);
    }

    [Fact]
    public async Task Shows_Queensland_as_a_state_government_in_Oceania()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var queensland = page.Section("continent-oceania").QuerySelectorAll(".city-list > li")
            .Single(li => li.QuerySelector("a")!.TextOf() == "Queensland");
        Assert.Contains("State government", queensland.TextOf());
    }

    private static void AssertSameCities(IReadOnlyList<string> seed, IReadOnlyList<string> shown) =>
        Assert.Equal(seed.Select(SeedFacts.Key).Order(), shown.Select(SeedFacts.Key).Order());
}
