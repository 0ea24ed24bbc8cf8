using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class ProgramPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Url = "/events/leaders-summit-2023/program";

    [Fact]
    public async Task Shows_the_three_days_in_order_with_the_site_visit_on_February_27()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Equal(
            ["Monday, February 27, 2023", "Tuesday, February 28, 2023", "Wednesday, March 1, 2023"],
            page.Texts(".day__heading"));
        Assert.Equal(["Site visit"], page.Section("day-2023-02-27").Texts(".entry__title"));
    }

    [Fact]
    public async Task Lists_the_items_of_February_28_in_running_order()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Equal(
            ["Opening ceremony", "Keynote lecture", "Video message from cities",
             "Session 1", "Session 2", "Session 3", "Session 4", "Session 5", "Session 6"],
            page.Section("day-2023-02-28").Texts(".entry__title"));
        Assert.Equal(
            ["Plenary Session", "Announcement of communiqué"],
            page.Section("day-2023-03-01").Texts(".entry__title"));
    }

    [Fact]
    public async Task The_keynote_lists_Bloomberg_by_video_message_and_Izumo()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var keynote = page.QuerySelector(".entry--keynote")!.TextOf();
        Assert.Contains("Mr. Michael Bloomberg (Video message)", keynote);
        Assert.Contains("Mr. IZUMO Mitsuru", keynote);
        Assert.Contains("Former Mayor of New York City", keynote);
    }

    [Fact]
    public async Task The_video_messages_come_from_Cairo_Kuala_Lumpur_and_New_York()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        Assert.Equal(["Cairo", "Kuala Lumpur", "New York"], page.QuerySelector(".entry--videomessages")!.Texts(".chips a"));
    }

    [Fact]
    public async Task Notes_that_Governor_KOIKE_Yuriko_attended_the_environment_session()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var session1 = page.QuerySelectorAll(".entry").Single(e => e.QuerySelector(".entry__title")!.TextOf() == "Session 1");
        Assert.Contains("Attended: Ms. KOIKE Yuriko", session1.TextOf());
        Assert.Contains("Environment", session1.QuerySelector(".tag--theme")!.TextOf());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Each_session_lists_the_cities_of_the_seed_in_order(int number)
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var session = page.QuerySelectorAll(".entry").Single(e => e.QuerySelector(".entry__title")!.TextOf() == $"Session {number}");
        Assert.Equal(SeedFacts.Load().SessionCities(number), session.Texts(".chips a"));
    }

    [Fact]
    public async Task The_announcement_links_to_the_communique()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var announcement = page.QuerySelector(".entry--announcement")!;
        Assert.Equal("/events/leaders-summit-2023/communique", announcement.QuerySelector("p a")!.GetAttribute("href"));
    }
}
