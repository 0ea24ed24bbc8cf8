using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class SessionPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Session_6_lists_its_seven_cities_and_its_moderator()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/session-6");

        Assert.Equal("Session 6: Environment", page.QuerySelector("h1")!.TextOf());
        Assert.Equal(
            ["Rio de Janeiro", "Bangkok", "London", "Taipei", "Nairobi", "Nice", "Nouakchott"],
            page.Texts(".entry__cities .chips a"));
        var moderator = page.QuerySelector(".entry__people a")!;
        Assert.Equal("Mr. KORESAWA Atsushi", moderator.TextOf());
        Assert.Equal("/people/koresawa-atsushi", moderator.GetAttribute("href"));
    }

    [Fact]
    public async Task A_session_links_to_its_cities_and_each_city_links_back()
    {
        var client = factory.CreateVisitor();
        var session = await client.GetPageAsync("/events/leaders-summit-2023/program/session-5");
        var rome = session.QuerySelectorAll(".entry__cities a").Single(a => a.TextOf() == "Rome").GetAttribute("href")!;

        var city = await client.GetPageAsync(rome);

        var sessionLinks = city.QuerySelectorAll(".link-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/events/leaders-summit-2023/program/session-5", sessionLinks);
    }

    [Fact]
    public async Task Links_to_the_previous_and_next_items()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/session-1");

        Assert.Equal("/events/leaders-summit-2023/program/video-messages-from-cities", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/events/leaders-summit-2023/program/session-2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }
}
