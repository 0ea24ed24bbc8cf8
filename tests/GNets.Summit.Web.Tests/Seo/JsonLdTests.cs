using System.Text.RegularExpressions;
using System.Text.Json;
using AngleSharp.Dom;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Seo;

public sealed class JsonLdTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static List<JsonElement> Blocks(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    private static JsonElement OfType(IDocument page, string type) =>
        Blocks(page).Single(b => b.GetProperty("@type").GetString() == type);

    [Fact]
    public async Task The_summit_is_a_mixed_attendance_Event_with_its_dates_and_no_times_the_program_does_not_give()
    {
        var ev = OfType(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023"), "Event");

        Assert.Equal("https://schema.org", ev.GetProperty("@context").GetString());
        Assert.Equal("The 1st G-NETS Leaders Summit", ev.GetProperty("name").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("https://schema.org/EventScheduled", ev.GetProperty("eventStatus").GetString());
        Assert.Equal("2023-02-27", ev.GetProperty("startDate").GetString());
        Assert.Equal("2023-03-01", ev.GetProperty("endDate").GetString());
        Assert.Contains("34 cities on five continents", ev.GetProperty("description").GetString());
        Assert.StartsWith(SummitFactory.PublicBaseUrl, ev.GetProperty("image")[0].GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + "/events/leaders-summit-2023", ev.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Its_location_is_both_the_hotel_with_its_address_and_a_virtual_location()
    {
        var locations = OfType(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023"), "Event").GetProperty("location").EnumerateArray().ToList();

        var place = locations.Single(l => l.GetProperty("@type").GetString() == "Place");
        Assert.Equal("Hilton Tokyo Shinjuku", place.GetProperty("name").GetString());
        var address = place.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("6-6-2 Nishi-Shinjuku", address.GetProperty("streetAddress").GetString());
        Assert.Equal("160-0023", address.GetProperty("postalCode").GetString());
        Assert.Equal("JP", address.GetProperty("addressCountry").GetString());
        var virtualLocation = locations.Single(l => l.GetProperty("@type").GetString() == "VirtualLocation");
        Assert.StartsWith("https://", virtualLocation.GetProperty("url").GetString());
    }

    [Fact]
    public async Task It_names_the_organizer_the_keynote_performers_and_the_six_sessions()
    {
        var ev = OfType(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023"), "Event");

        Assert.Equal("Tokyo Metropolitan Government", ev.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("Organization", ev.GetProperty("organizer").GetProperty("@type").GetString());
        var performers = ev.GetProperty("performer").EnumerateArray().ToList();
        // The keynote speakers, then the cities' representatives who spoke (the opening greeting, a video message).
        Assert.Equal(["Michael Bloomberg", "IZUMO Mitsuru", "KOIKE Yuriko", "Eric Adams"], performers.Select(p => p.GetProperty("name").GetString()));
        var izumo = performers[1];
        Assert.Equal("Person", izumo.GetProperty("@type").GetString());
        Assert.Equal("Mitsuru", izumo.GetProperty("givenName").GetString());
        Assert.Equal("Izumo", izumo.GetProperty("familyName").GetString());
        Assert.Equal("Founder and President of Euglena Co., Ltd.", izumo.GetProperty("jobTitle").GetString());
        Assert.Equal("Euglena Co., Ltd.", izumo.GetProperty("affiliation").GetProperty("name").GetString());
        var sessions = ev.GetProperty("subEvent").EnumerateArray().ToList();
        Assert.Equal(6, sessions.Count);
        Assert.Equal("Session 6: Environment", sessions[5].GetProperty("name").GetString());
        Assert.Equal("2023-02-28", sessions[5].GetProperty("startDate").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + "/events/leaders-summit-2023/program/session-6", sessions[5].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("opening-ceremony")]
    [InlineData("keynote-lecture")]
    [InlineData("video-messages-from-cities")]
    [InlineData("session-1")]
    [InlineData("session-6")]
    [InlineData("plenary-session")]
    [InlineData("announcement-of-communique")]
    public async Task A_program_item_at_the_summit_is_an_Event_at_the_hotel_and_online(string slug)
    {
        var item = OfType(await factory.CreateVisitor().GetPageAsync($"/events/leaders-summit-2023/program/{slug}"), "Event");

        // A date alone, except the one item the host published a time for.
        Assert.Equal(slug == "opening-ceremony" ? "2023-02-28T09:15:00+09:00" : null,
            Regex.IsMatch(item.GetProperty("startDate").GetString()!, @"^2023-0[23]-\d\d$") ? null : item.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", item.GetProperty("eventAttendanceMode").GetString());
        var locations = item.GetProperty("location").EnumerateArray().ToList();
        Assert.Equal(["Place", "VirtualLocation"], locations.Select(l => l.GetProperty("@type").GetString()));
        Assert.Equal("Hilton Tokyo Shinjuku", locations[0].GetProperty("name").GetString());
        Assert.Equal("6-6-2 Nishi-Shinjuku", locations[0].GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.StartsWith("https://", locations[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_site_visit_names_no_place_because_the_program_gives_none()
    {
        var item = OfType(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/site-visit"), "Event");

        Assert.Equal("2023-02-27", item.GetProperty("startDate").GetString());
        Assert.False(item.TryGetProperty("location", out _));
    }

    [Fact]
    public async Task A_former_director_is_not_described_as_affiliated_with_the_organisation_he_left()
    {
        var koresawa = OfType(await factory.CreateVisitor().GetPageAsync("/people/koresawa-atsushi"), "Person");

        Assert.StartsWith("Former Director", koresawa.GetProperty("jobTitle").GetString());
        Assert.False(koresawa.TryGetProperty("affiliation", out _));
    }

    [Fact]
    public async Task A_person_page_describes_a_Person()
    {
        var person = OfType(await factory.CreateVisitor().GetPageAsync("/people/mari-christine"), "Person");

        Assert.Equal("Mari Christine", person.GetProperty("name").GetString());
        Assert.Equal("Mari", person.GetProperty("givenName").GetString());
        Assert.Equal("Christine", person.GetProperty("familyName").GetString());
        Assert.Equal("Tokyo Metropolitan Foundation “TSUNAGARI” Chairperson", person.GetProperty("jobTitle").GetString());
        Assert.Equal("Ms.", person.GetProperty("honorificPrefix").GetString());
    }

    [Fact]
    public async Task Pages_below_the_home_page_carry_a_BreadcrumbList_ending_at_themselves()
    {
        var crumbs = OfType(await factory.CreateVisitor().GetPageAsync("/cities/sao-paulo"), "BreadcrumbList")
            .GetProperty("itemListElement").EnumerateArray().ToList();

        Assert.Equal(["Home", "Cities", "São Paulo"], crumbs.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal([1, 2, 3], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal(SummitFactory.PublicBaseUrl + "/cities/sao-paulo", crumbs[2].GetProperty("item").GetString());
    }

    [Fact]
    public async Task Text_from_the_store_cannot_close_the_script_element()
    {
        await factory.WithStoreAsync(async db =>
        {
            var person = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.People, p => p.Slug == "ishii-naoko");
            person.Position = "Professor </script><script>alert(1)</script>";
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateVisitor().GetPageAsync("/people/ishii-naoko");

        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.Equal("Professor </script><script>alert(1)</script>", OfType(page, "Person").GetProperty("jobTitle").GetString());
    }
}
