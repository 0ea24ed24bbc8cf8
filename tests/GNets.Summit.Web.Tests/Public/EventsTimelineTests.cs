using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>/events: the network's timeline, grouped by the level a meeting is at, newest first in each.</summary>
public sealed class EventsTimelineTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Groups_meetings_by_level_highest_first_and_newest_first_within_each()
    {
        var meetings = await factory.WithStoreAsync(db => db.Events.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate)
            .Select(e => new { e.Slug, e.Kind }).ToListAsync());
        var expected = meetings.GroupBy(m => EventLevels.Of(m.Kind)).OrderBy(g => g.Key)
            .Select(g => (Id: "level-" + g.Key.ToString().ToLowerInvariant(), Slugs: g.Select(m => "/events/" + m.Slug).ToList())).ToList();

        var page = await factory.CreateVisitor().GetPageAsync("/events");

        var headings = page.QuerySelectorAll("main h2[id^='level-']").Select(h => h.Id).ToList();
        Assert.Equal(expected.Select(e => e.Id), headings);
        foreach (var (id, slugs) in expected)
        {
            Assert.Equal(slugs, page.Section(id!).QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public async Task Each_meeting_shows_its_kind_dates_format_venue_and_city_count()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events");

        var summit = page.QuerySelectorAll(".meeting").Single(m => m.QuerySelector(".card__title a")!.GetAttribute("href") == "/events/leaders-summit-2023");
        Assert.Equal("Leaders' summit", summit.QuerySelector(".meeting__kind")!.TextOf());
        var meta = summit.QuerySelector(".card__meta")!.TextOf();
        Assert.Equal("February 27 – March 1, 2023 · Hybrid · Hilton Tokyo Shinjuku · 34 cities", meta);
        Assert.Equal("/events/leaders-summit-2023/cities", summit.QuerySelector(".card__meta a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_meeting_whose_list_is_incomplete_says_how_many_cities_the_host_reports()
    {
        // Its own store: a reported count above the listed one, as for a meeting whose list the host cut off.
        await using var own = new SummitFactory();
        await own.WithStoreAsync(async db =>
        {
            (await db.Events.SingleAsync(e => e.Slug == "leaders-summit-2023")).ReportedCityCount = 51;
            await db.SaveChangesAsync();
        });

        var page = await own.CreateVisitor().GetPageAsync("/events");

        var summit = page.QuerySelectorAll(".meeting").Single(m => m.QuerySelector(".card__title a")!.GetAttribute("href") == "/events/leaders-summit-2023");
        Assert.EndsWith("34 cities · the host reports 51 cities", summit.QuerySelector(".card__meta")!.TextOf());
    }

    [Fact]
    public async Task The_Japanese_timeline_heads_each_level_in_the_host_s_words()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/events");

        var names = new Dictionary<string, string>
        {
            ["level-leaders"] = "首長級会議",
            ["level-seniorofficials"] = "実務責任者級会議",
            ["level-workinglevel"] = "実務担当者級",
        };
        var headings = page.QuerySelectorAll("main h2[id^='level-']").ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.StartsWith(names[h.Id!], h.TextOf(), StringComparison.Ordinal));
        Assert.Contains("2023年2月27日", page.QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task The_English_timeline_heads_each_level_in_English()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events");

        var names = new Dictionary<string, string>
        {
            ["level-leaders"] = "Leaders",
            ["level-seniorofficials"] = "Senior officials",
            ["level-workinglevel"] = "Working-level staff",
        };
        Assert.All(page.QuerySelectorAll("main h2[id^='level-']"), h => Assert.StartsWith(names[h.Id!], h.TextOf(), StringComparison.Ordinal));
    }
}
