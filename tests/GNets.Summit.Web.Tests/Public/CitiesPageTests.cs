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
    public async Task Lists_every_city_of_the_seed_under_each_way_it_took_part()
    {
        var seed = SeedFacts.Load();
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        AssertSameCities(seed.AtTheVenue, page.Section("mode-venue").Texts(".city-list > li > a"));
        AssertSameCities(seed.Online, page.Section("mode-online").Texts(".city-list > li > a"));
        AssertSameCities(seed.VideoMessages, page.Section("mode-videomessage").Texts(".city-list > li > a"));
    }

    [Fact]
    public async Task Rome_is_under_the_venue_and_online_and_New_York_under_the_venue_and_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Contains("Rome", page.Section("mode-venue").Texts(".city-list > li > a"));
        Assert.Contains("Rome", page.Section("mode-online").Texts(".city-list > li > a"));
        Assert.Contains("New York", page.Section("mode-venue").Texts(".city-list > li > a"));
        Assert.Contains("New York", page.Section("mode-videomessage").Texts(".city-list > li > a"));
        var romeAtVenue = page.Section("mode-venue").QuerySelectorAll(".city-list > li").Single(li => li.QuerySelector("a")!.TextOf() == "Rome");
        Assert.Contains("also online", romeAtVenue.TextOf());
    }

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
        Assert.Contains("state government", queensland.TextOf());
    }

    private static void AssertSameCities(IReadOnlyList<string> seed, IReadOnlyList<string> shown) =>
        Assert.Equal(seed.Select(SeedFacts.Key).Order(), shown.Select(SeedFacts.Key).Order());
}
