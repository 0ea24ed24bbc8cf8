using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class PeoplePageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Lists_keynote_speakers_then_moderators_with_their_themes()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/people");

        Assert.Equal(["Keynote speakers", "Session moderators", "City representatives"], page.Texts("main h2"));
        var moderators = page.Section("moderators-heading").QuerySelectorAll(".person-card")
            .ToDictionary(c => c.QuerySelector(".person-card__name")!.TextOf(), c => c.Texts(".person-card__themes .tag"));
        Assert.Equal(["Environment"], moderators["Ms. ISHII Naoko"]);
        Assert.Equal(["Inclusive and Just Societies"], moderators["Ms. Mari Christine"]);
        Assert.Equal(["Safe and Secure Cities", "Environment"], moderators["Mr. KORESAWA Atsushi"]);
    }

    [Fact]
    public async Task Bloomberg_is_marked_as_speaking_by_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/people");

        var bloomberg = page.Section("keynotes-heading").QuerySelectorAll(".person-card")
            .Single(c => c.QuerySelector(".person-card__name")!.TextOf() == "Mr. Michael Bloomberg");
        Assert.Equal("Video message", bloomberg.QuerySelector(".tag")!.TextOf());
        Assert.Equal("Former Mayor of New York City, UN Special Envoy for Climate Action", bloomberg.QuerySelector(".person-card__position")!.TextOf());
    }

    [Fact]
    public async Task Mari_Christines_position_keeps_its_curly_quotes()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/people/mari-christine");

        Assert.Equal("Ms. Mari Christine", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("Tokyo Metropolitan Foundation “TSUNAGARI” Chairperson", page.QuerySelector(".profile .lead")!.TextOf());
    }

    [Theory]
    [InlineData("izumo-mitsuru", "Mr. IZUMO Mitsuru", "IM")]
    [InlineData("ishii-naoko", "Ms. ISHII Naoko", "IN")]
    [InlineData("koresawa-atsushi", "Mr. KORESAWA Atsushi", "KA")]
    [InlineData("michael-bloomberg", "Mr. Michael Bloomberg", "MB")]
    public async Task Names_render_in_their_order_with_an_initials_avatar_until_a_photo_exists(string slug, string name, string initials)
    {
        var page = await factory.CreateVisitor().GetPageAsync($"/people/{slug}");

        Assert.Equal(name, page.QuerySelector("h1")!.TextOf());
        Assert.Equal(initials, page.QuerySelector(".profile .avatar--initials")!.TextOf());
    }

    [Fact]
    public async Task A_moderators_page_links_to_the_sessions_they_moderated()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/people/koresawa-atsushi");

        Assert.Equal(
            ["Session 5: Safe and Secure Cities", "Session 6: Environment"],
            page.Texts(".link-list a"));
    }
}
