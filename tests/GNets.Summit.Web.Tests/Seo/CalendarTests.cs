using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Seo;

public sealed class CalendarTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task The_whole_program_downloads_as_an_iCalendar_file_with_every_item()
    {
        using var response = await factory.CreateVisitor().GetAsync("/events/leaders-summit-2023/program.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(12, calendar.Events.Count);
        var session6 = calendar.Events.Single(e => e.Summary!.StartsWith("Session 6", StringComparison.Ordinal));
        Assert.Equal("Session 6: Environment – The 1st G-NETS Leaders Summit", session6.Summary);
        Assert.Equal(new DateOnly(2023, 2, 28), session6.DtStart!.Date);
        Assert.False(session6.DtStart.HasTime);
        Assert.Contains("Hilton Tokyo Shinjuku, 6-6-2 Nishi-Shinjuku", session6.Location);
        Assert.Contains("Rio de Janeiro, Bangkok, London", session6.Description);
    }

    [Fact]
    public async Task A_timed_item_is_written_in_Tokyo_time_with_its_time_zone()
    {
        await factory.WithStoreAsync(async db =>
        {
            var item = await db.ProgramItems.SingleAsync(i => i.Slug == "opening-ceremony" && i.Event.Slug == "leaders-summit-2023");
            item.StartsAtUtc = new DateTime(2023, 2, 28, 0, 30, 0, DateTimeKind.Utc);
            item.EndsAtUtc = new DateTime(2023, 2, 28, 1, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        });

        var text = await factory.CreateVisitor().GetStringAsync("/events/leaders-summit-2023/program/opening-ceremony.ics");

        Assert.Contains("DTSTART;TZID=Asia/Tokyo:20230228T093000", text);
        Assert.Contains("DTEND;TZID=Asia/Tokyo:20230228T100000", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("TZID:Asia/Tokyo", text);
        var ceremony = Ical.Net.Calendar.Load(text)!.Events.Single();
        Assert.Equal(new DateTime(2023, 2, 28, 0, 30, 0, DateTimeKind.Utc), ceremony.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Item_pages_link_to_the_ics_file_Google_Calendar_and_Outlook()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/session-2");

        var links = page.QuerySelectorAll(".calendar-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("/events/leaders-summit-2023/program/session-2.ics", links[0]);
        Assert.StartsWith("https://calendar.google.com/calendar/render?action=TEMPLATE", links[1]);
        Assert.Contains("dates=20230228%2F20230301", links[1]);
        Assert.Contains("ctz=Asia%2FTokyo", links[1]);
        Assert.StartsWith("https://outlook.live.com/calendar/0/deeplink/compose", links[2]);
        Assert.Contains("allday=true", links[2]);
    }

    [Fact]
    public async Task The_site_visit_is_not_placed_at_the_hotel_because_the_program_names_no_place_for_it()
    {
        var calendar = Ical.Net.Calendar.Load(await factory.CreateVisitor().GetStringAsync("/events/leaders-summit-2023/program.ics"))!;
        var visit = calendar.Events.Single(e => e.Summary!.StartsWith("Site visit", StringComparison.Ordinal));
        var session = calendar.Events.Single(e => e.Summary!.StartsWith("Session 2", StringComparison.Ordinal));

        Assert.True(string.IsNullOrEmpty(visit.Location), $"the site visit is placed at {visit.Location}");
        Assert.DoesNotContain("Hilton", visit.Description, StringComparison.Ordinal);
        Assert.Contains("Hilton Tokyo Shinjuku", session.Location);

        var visitPage = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/site-visit");
        var links = visitPage.QuerySelectorAll(".calendar-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, link => Assert.DoesNotContain("Hilton", Uri.UnescapeDataString(link), StringComparison.Ordinal));
        Assert.All(links.Skip(1), link => Assert.DoesNotContain("location=", link, StringComparison.Ordinal));
        var visitFile = Ical.Net.Calendar.Load(await factory.CreateVisitor().GetStringAsync("/events/leaders-summit-2023/program/site-visit.ics"))!;
        Assert.True(string.IsNullOrEmpty(visitFile.Events.Single().Location));
    }

    [Fact]
    public async Task A_session_s_calendar_links_place_it_at_the_hotel()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/session-2");

        var links = page.QuerySelectorAll(".calendar-links a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).Skip(1).ToList();
        Assert.All(links, link => Assert.Contains("location=Hilton Tokyo Shinjuku, 6-6-2 Nishi-Shinjuku", link.Replace('+', ' '), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_item_has_no_calendar_file()
    {
        using var response = await factory.CreateVisitor().GetAsync("/events/leaders-summit-2023/program/session-99.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
