using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>The pages of every meeting content/ seeds: its event page, its program and its list of cities.</summary>
public sealed class MeetingPagesTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    public static TheoryData<string, string> Meetings => new()
    {
        { "senior-officials-meeting-2022", "The 1st Senior Officials Meeting" },
        { "working-group-plenary-2023", "G-NETS Working Group Plenary Meeting" },
        { "senior-officials-meeting-2024", "The 2nd Senior Officials Meeting" },
        { "leaders-summit-2024", "SusHi Tech Tokyo 2024 City Leaders Program" },
        { "site-visit-2024-12", "Site visit on water supply and sewerage" },
    };

    [Theory]
    [MemberData(nameof(Meetings))]
    public async Task Each_meeting_s_page_and_program_show_its_items_and_its_list_shows_its_cities(string slug, string title)
    {
        var client = factory.CreateVisitor();
        var items = await factory.WithStoreAsync(db => db.ProgramItems.AsNoTracking()
            .Where(i => i.Event.Slug == slug).OrderBy(i => i.Day.Date).ThenBy(i => i.SortOrder).Select(i => i.Title).ToListAsync());
        var cities = await factory.WithStoreAsync(db => db.Participations.AsNoTracking()
            .Where(p => p.Event.Slug == slug).Select(p => p.City.Name).Distinct().ToListAsync());

        var page = await client.GetPageAsync($"/events/{slug}");
        var program = await client.GetPageAsync($"/events/{slug}/program");
        var list = await client.GetPageAsync($"/events/{slug}/cities");

        Assert.Equal(title, page.QuerySelector("h1")!.TextOf());
        var programText = program.QuerySelector("main")!.TextOf();
        Assert.All(items, item => Assert.Contains(Html.Normalise(item), programText));
        var listed = list.QuerySelectorAll("#by-continent ~ * .city-list > li > a, .city-list > li > a").Select(a => a.TextOf()).Distinct().ToList();
        Assert.Equal(cities.Order(), listed.Order());
    }

    [Fact]
    public async Task The_working_group_s_flood_session_lists_its_presenters_in_the_order_they_presented()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/working-group-plenary-2023/program/flood-and-drought");

        Assert.Equal(["Tokyo", "Taipei", "Jakarta", "Rotterdam", "Brisbane", "Nairobi", "Thinadhoo"], page.Texts(".entry__cities .chips a"));
        // No times were published: the page shows none.
        Assert.Empty(page.QuerySelectorAll(".entry__time"));
    }

    [Fact]
    public async Task The_working_group_page_has_no_venue_and_says_it_was_online()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/working-group-plenary-2023");

        var facts = page.QuerySelectorAll(".facts dt").Select(dt => dt.TextOf()).ToList();
        Assert.DoesNotContain("Venue", facts);
        Assert.Contains("Format", facts);
        Assert.Empty(page.QuerySelectorAll(".hero__theme"));
    }

    [Fact]
    public async Task The_2024_leaders_summit_shows_45_cities_as_reported_and_says_no_list_was_found()
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync("/events/leaders-summit-2024");
        var list = await client.GetPageAsync("/events/leaders-summit-2024/cities");

        Assert.Equal("45 cities (reported)", page.QuerySelector(".stats li")!.TextOf());
        Assert.Contains("The host reports 45 cities; no list of them has been found.", page.QuerySelector(".list-note")!.TextOf());
        Assert.Contains("keynote speakers", page.QuerySelector(".list-note")!.TextOf());
        Assert.Contains("The host reports 45 cities; no list of them has been found.", list.QuerySelector(".list-note")!.TextOf());
        Assert.Empty(list.QuerySelectorAll(".city-list > li"));
    }

    [Fact]
    public async Task The_2nd_senior_officials_meeting_says_its_list_is_incomplete_in_both_languages()
    {
        var client = factory.CreateVisitor();
        var english = await client.GetPageAsync("/events/senior-officials-meeting-2024/cities");
        var japanese = await client.GetPageAsync("/ja/events/senior-officials-meeting-2024/cities");
        var page = await client.GetPageAsync("/events/senior-officials-meeting-2024");

        Assert.Contains("The host reports 51 cities; this list is incomplete and names 37.", english.QuerySelector(".list-note")!.TextOf());
        Assert.Contains("breaks off after Rotterdam", english.QuerySelector(".list-note")!.TextOf());
        Assert.Contains("主催者は51都市が参加したとしていますが、この一覧は不完全で、掲載しているのは37都市です。", japanese.QuerySelector(".list-note")!.TextOf());
        Assert.Equal("51 cities (reported)", page.QuerySelector(".stats li")!.TextOf());
        // The continents of a partial list would mislead: the page leaves them out.
        Assert.DoesNotContain(page.QuerySelectorAll(".stats li"), li => li.TextOf().Contains("continents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_complete_list_has_no_note_and_its_lead_names_the_meeting_s_own_ways_of_taking_part()
    {
        var client = factory.CreateVisitor();
        var summit = await client.GetPageAsync("/events/leaders-summit-2023/cities");
        var workingGroup = await client.GetPageAsync("/events/working-group-plenary-2023/cities");

        Assert.Empty(summit.QuerySelectorAll(".list-note"));
        Assert.Equal("34 cities on five continents took part at the venue, online and by video message. Some cities took part in more than one way.",
            summit.QuerySelector(".lead")!.TextOf());
        Assert.Equal("47 cities on five continents took part as a presenting city and in the audience.", workingGroup.QuerySelector(".lead")!.TextOf());
    }

    [Fact]
    public async Task The_1st_senior_officials_meeting_program_gives_start_times_without_end_times()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/senior-officials-meeting-2022/program");

        var opening = page.QuerySelectorAll(".entry").Single(e => e.TextOf().Contains("Opening ceremony and introduction", StringComparison.Ordinal));
        Assert.StartsWith("09:50 JST", opening.QuerySelector(".entry__time")!.TextOf());
        Assert.Single(opening.QuerySelectorAll(".entry__time time"));
    }

    [Fact]
    public async Task Tokyo_s_page_links_to_every_meeting_whose_list_names_it()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/events/senior-officials-meeting-2022", links);
        // The 2023 summit is the featured event, at "/": its sessions Tokyo joined link into its program.
        Assert.Contains("/events/leaders-summit-2023/program/session-1", links);
        Assert.Contains("/events/working-group-plenary-2023", links);
    }
}
