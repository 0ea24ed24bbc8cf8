using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>/cities and /people: the whole network's cities and people, not one event's.</summary>
public sealed class NetworkListsTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task The_cities_page_lists_every_member_city_once_by_continent()
    {
        var cities = await factory.WithStoreAsync(db => db.Cities.CountAsync());

        var page = await factory.CreateVisitor().GetPageAsync("/cities");

        var listed = page.Section("by-continent").QuerySelectorAll(".city-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(cities, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Contains("/cities/tokyo", listed);
    }

    [Fact]
    public async Task The_cities_page_says_how_many_meetings_each_city_took_part_in()
    {
        var tokyo = await factory.WithStoreAsync(db => db.Participations.Where(p => p.City.Slug == "tokyo").Select(p => p.EventId).Distinct().CountAsync());

        var page = await factory.CreateVisitor().GetPageAsync("/cities");

        var entry = page.QuerySelectorAll(".city-list > li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/cities/tokyo");
        Assert.StartsWith(tokyo == 1 ? "1 meeting" : $"{tokyo} meetings", entry.QuerySelector(".city-list__also")!.TextOf());
    }

    [Fact]
    public async Task The_people_page_lists_everyone_with_the_meetings_they_took_part_in()
    {
        var people = await factory.WithStoreAsync(db => db.People.CountAsync());

        var page = await factory.CreateVisitor().GetPageAsync("/people");

        var entries = page.QuerySelectorAll(".people-list > li").ToList();
        Assert.Equal(people, entries.Count);
        var izumo = entries.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/people/izumo-mitsuru");
        Assert.Contains(izumo.QuerySelectorAll(".people-list__meetings a"), a => a.GetAttribute("href") == "/events/leaders-summit-2023/people");
    }

    [Fact]
    public async Task The_short_addresses_of_the_program_and_communique_still_lead_to_the_featured_event()
    {
        var client = factory.CreateVisitor();
        using var program = await client.GetAsync("/program");
        using var communique = await client.GetAsync("/communique");

        Assert.Equal("/events/leaders-summit-2023/program", program.Headers.Location!.OriginalString);
        Assert.Equal("/events/leaders-summit-2023/communique", communique.Headers.Location!.OriginalString);
    }
}
