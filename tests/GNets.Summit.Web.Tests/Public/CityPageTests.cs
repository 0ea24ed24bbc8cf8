using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

public sealed class CityPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Summit2023 = "leaders-summit-2023";

    /// <summary>The part of a city's history about one meeting (a city page lists every meeting it took part in).</summary>
    private static AngleSharp.Dom.IElement At(AngleSharp.Dom.IDocument page, string eventSlug) =>
        page.GetElementById("event-" + eventSlug)?.Closest(".history__meeting") ?? throw new Xunit.Sdk.XunitException($"{page.Url} has no part about {eventSlug}");

    [Fact]
    public async Task Rome_took_part_at_the_venue_and_online_and_joined_session_5()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/rome");

        Assert.Equal("Rome", page.QuerySelector("h1")!.TextOf());
        Assert.Equal(["At the venue", "Online"], At(page, Summit2023).Texts(".tags .tag"));
        Assert.Equal(["Session 5: Safe and Secure Cities"], At(page, Summit2023).Texts(".link-list a"));
    }

    [Fact]
    public async Task Tokyo_lists_the_three_sessions_it_joined()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        Assert.Equal(
            ["Session 1: Environment", "Session 3: Inclusive and Just Societies", "Session 5: Safe and Secure Cities"],
            At(page, Summit2023).Texts(".link-list a"));
    }

    [Fact]
    public async Task New_York_took_part_at_the_venue_and_by_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/new-york");

        Assert.Equal(["At the venue", "Video message"], At(page, Summit2023).Texts(".tags .tag"));
        Assert.Equal(["Session 1: Environment"], At(page, Summit2023).Texts(".link-list a"));
    }

    [Fact]
    public async Task A_city_that_sent_a_video_message_says_so_instead_of_listing_it_as_a_session_joined()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/cairo");

        var summit = At(page, Summit2023);
        Assert.Empty(summit.QuerySelectorAll(".link-list"));
        Assert.DoesNotContain("Sessions joined", summit.Texts("h3"));
        Assert.StartsWith("Sent a video message, shown in Video message from cities", summit.QuerySelector(".video-message")!.TextOf());
        Assert.Equal("/events/leaders-summit-2023/program/video-messages-from-cities", summit.QuerySelector(".video-message a")!.GetAttribute("href"));
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

    [Fact]
    public async Task Tokyo_s_page_lists_every_meeting_it_took_part_in_once_newest_first()
    {
        var meetings = await factory.WithStoreAsync(db => db.Events
            .Where(e => e.Participations.Any(p => p.City.Slug == "tokyo") || e.Days.Any(d => d.Items.Any(i => i.Cities.Any(c => c.City.Slug == "tokyo"))))
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).Select(e => e.Slug).ToListAsync());

        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        var listed = page.QuerySelectorAll(".history__meeting .history__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(meetings.Select(slug => "/events/" + slug), listed);
        Assert.Contains(Summit2023, meetings);
    }

    [Fact]
    public async Task A_city_page_sums_up_its_history_in_one_line()
    {
        var years = await factory.WithStoreAsync(db => db.Participations.Where(p => p.City.Slug == "tokyo")
            .Select(p => new { p.EventId, p.Event.StartDate.Year }).Distinct().ToListAsync());
        var count = years.Select(y => y.EventId).Distinct().Count();

        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        var summary = page.QuerySelector(".page-header + .lead")!.TextOf();
        var expected = count == 1
            ? $"Tokyo took part in one G-NETS meeting, in {years[0].Year}."
            : years.Min(y => y.Year) == years.Max(y => y.Year)
                ? $"Tokyo took part in {count} G-NETS meetings in {years[0].Year}."
                : $"Tokyo took part in {count} G-NETS meetings, {years.Min(y => y.Year)}–{years.Max(y => y.Year)}.";
        Assert.Equal(expected, summary);
    }

    [Fact]
    public async Task Each_meeting_on_a_city_page_names_its_kind_and_who_represented_the_city()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        var summit = At(page, Summit2023);
        Assert.Contains("Leaders' summit", summit.QuerySelector(".history__when")!.TextOf());
        Assert.Contains("February 27 – March 1, 2023", summit.QuerySelector(".history__when")!.TextOf());
        Assert.Contains("KOIKE Yuriko", summit.QuerySelector(".people-grid")!.TextOf());
    }

    [Fact]
    public async Task The_Japanese_city_page_sums_up_its_history_and_names_the_kind_in_the_host_s_words()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/cities/tokyo");

        Assert.Matches(@"^東京は.*G-NETSの会議に\d+回参加しました。$", page.QuerySelector(".page-header + .lead")!.TextOf());
        Assert.Contains("首長級会議", At(page, Summit2023).QuerySelector(".history__when")!.TextOf());
    }

    [Fact]
    public async Task A_city_page_s_breadcrumbs_lead_to_the_network_s_cities()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/rome");

        Assert.Equal(["/", "/cities"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
    }
}
