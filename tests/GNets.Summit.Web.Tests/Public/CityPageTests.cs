using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class CityPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Rome_took_part_at_the_venue_and_online_and_joined_session_5()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/rome");

        Assert.Equal("Rome", page.QuerySelector("h1")!.TextOf());
        Assert.Equal(["At the venue", "Online"], Summit2023(page).Texts(".tags .tag"));
        Assert.Equal(["Session 5: Safe and Secure Cities"], Summit2023(page).Texts(".link-list a"));
    }

    [Fact]
    public async Task Tokyo_lists_the_three_sessions_it_joined()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        Assert.Equal(
            ["Session 1: Environment", "Session 3: Inclusive and Just Societies", "Session 5: Safe and Secure Cities"],
            Summit2023(page).Texts(".link-list a"));
    }

    [Fact]
    public async Task New_York_took_part_at_the_venue_and_by_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/new-york");

        Assert.Equal(["At the venue", "Video message"], Summit2023(page).Texts(".tags .tag"));
        Assert.Equal(["Session 1: Environment"], Summit2023(page).Texts(".link-list a"));
    }

    [Fact]
    public async Task A_city_that_sent_a_video_message_says_so_instead_of_listing_it_as_a_session_joined()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/cairo");

        Assert.Empty(page.QuerySelectorAll(".link-list"));
        Assert.DoesNotContain("Sessions joined", page.Texts("h3"));
        Assert.StartsWith("Sent a video message, shown in Video message from cities", page.QuerySelector(".video-message")!.TextOf());
        Assert.Equal("/events/leaders-summit-2023/program/video-messages-from-cities", page.QuerySelector(".video-message a")!.GetAttribute("href"));
        Assert.DoesNotContain("joined", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sao_Paulo_keeps_its_accent_in_the_title()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/sao-paulo");

        Assert.Equal("São Paulo", page.QuerySelector("h1")!.TextOf());
        Assert.StartsWith("São Paulo, Brazil |", page.Title);
    }

    [Fact]
    public async Task Non_ASCII_letters_are_written_as_UTF_8_text_not_as_entities()
    {
        var html = await factory.CreateVisitor().GetStringAsync("/cities/sao-paulo");

        Assert.Contains("<h1>São Paulo</h1>", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"São Paulo", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE3;", html, StringComparison.Ordinal);
    }

    /// <summary>The part of a city page about the 1st Leaders Summit (a city may have taken part in other meetings too).</summary>
    private static AngleSharp.Dom.IElement Summit2023(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("section[aria-labelledby='event-leaders-summit-2023']")!;
}
