using System.Globalization;
using System.Text;
using GNets.Summit.Web.Features.Program;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using GNets.Summit.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using IcalCalendar = Ical.Net.Calendar;

namespace GNets.Summit.Web.Features.Calendar;

/// <summary>One program item as calendars need it: when (in the event's zone), where, what.</summary>
public sealed record CalendarItem(
    string EventSlug, string EventTitle, string TimeZoneId, DateOnly Date, ProgramEntry Item, Events.Venue Venue, string? OnlineUrl)
{
    /// <summary>False for an item held elsewhere than the venue (a site visit), whose place the program does not give.</summary>
    public bool AtTheVenue => ProgramItemPlace.IsAtTheEventVenue(Item.Kind);

    /// <summary>The venue and its address; null (no location at all, rather than the wrong one) for an item held elsewhere.</summary>
    public string? Location => AtTheVenue
        ? string.Join(", ", new[] { Venue.Name.Text, Venue.Address }.Where(s => !string.IsNullOrWhiteSpace(s)))
        : null;

    public static IEnumerable<CalendarItem> From(ProgramPage page) =>
        page.Days.SelectMany(day => day.Items.Select(item =>
            new CalendarItem(page.Event.Slug, page.Event.Title.Text, page.Event.TimeZoneId, day.Date, item, page.Venue, page.OnlineUrl)));

    public static CalendarItem From(ProgramItemPage page) =>
        new(page.Event.Slug, page.Event.Title.Text, page.Event.TimeZoneId, page.Date, page.Item, page.Venue, page.OnlineUrl);
}

/// <summary>
/// iCalendar files (Ical.Net) and "add to calendar" links. Timed items carry TZID=the event's zone with
/// its VTIMEZONE; items without times are all-day events on their date. Both are in the language being
/// served: the texts come from the (localized) program view models, the labels from the resources, and
/// the links back go to the page in that language ("/ja/…").
/// </summary>
public sealed class CalendarFeed(IOptions<SiteOptions> options, TimeProvider clock, IStringLocalizer<SharedResource> T)
{
    private SiteOptions Site => options.Value;

    public string Serialize(string name, IEnumerable<CalendarItem> items)
    {
        var list = items.ToList();
        var calendar = new IcalCalendar { ProductId = "-//G-NETS Leaders Summit//GNets.Summit//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in list.Where(i => i.Item.Time is not null).Select(i => i.TimeZoneId).Distinct())
        {
            calendar.AddTimeZone(zone);
            calendar.AddProperty("X-WR-TIMEZONE", zone);
        }

        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC", hasTime: true);
        foreach (var item in list)
        {
            var (start, end) = Times(item);
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{item.EventSlug}.{item.Item.Slug}@{new Uri(Site.PublicBaseUrl).Host}",
                Summary = Title(item),
                Description = Describe(item),
                Location = item.Location,
                Url = new Uri(Site.Absolute(SiteUrls.ProgramItem(item.EventSlug, item.Item.Slug))),
                DtStamp = stamp,
                DtStart = start,
                DtEnd = end,
            };
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>Google Calendar's template link: local times with the event's zone (ctz).</summary>
    public string GoogleLink(CalendarItem item)
    {
        var dates = item.Item.Time is { } time
            ? $"{time.Start:yyyyMMdd'T'HHmmss}/{(time.End ?? time.Start.AddHours(1)):yyyyMMdd'T'HHmmss}"
            : $"{item.Date:yyyyMMdd}/{item.Date.AddDays(1):yyyyMMdd}";
        return QueryHelpers.AddQueryString("https://calendar.google.com/calendar/render", new Dictionary<string, string?>
        {
            ["action"] = "TEMPLATE",
            ["text"] = Title(item),
            ["dates"] = dates,
            ["ctz"] = item.TimeZoneId,
            ["details"] = Describe(item),
            ["location"] = item.Location,
        });
    }

    /// <summary>Outlook on the web's compose link: ISO times with the event's offset.</summary>
    public string OutlookLink(CalendarItem item)
    {
        var allDay = item.Item.Time is null;
        var start = item.Item.Time?.Start.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? Display.IsoDate(item.Date);
        var end = item.Item.Time is { } time
            ? (time.End ?? time.Start.AddHours(1)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)
            : Display.IsoDate(item.Date.AddDays(1));
        return QueryHelpers.AddQueryString("https://outlook.live.com/calendar/0/deeplink/compose", new Dictionary<string, string?>
        {
            ["path"] = "/calendar/action/compose",
            ["rru"] = "addevent",
            ["subject"] = Title(item),
            ["startdt"] = start,
            ["enddt"] = end,
            ["allday"] = allDay ? "true" : "false",
            ["body"] = Describe(item),
            ["location"] = item.Location,
        });
    }

    /// <summary>What a calendar shows for the item: its title (and theme), then the event's.</summary>
    public string Title(CalendarItem item) => item.Item.Theme is null
        ? $"{item.Item.Title} – {item.EventTitle}"
        : T["{0}: {1} – {2}", item.Item.Title, item.Item.Theme, item.EventTitle];

    private static (CalDateTime Start, CalDateTime End) Times(CalendarItem item)
    {
        if (item.Item.Time is not { } time)
        {
            return (new CalDateTime(item.Date), new CalDateTime(item.Date.AddDays(1)));
        }

        var start = new CalDateTime(DateOnly.FromDateTime(time.Start.DateTime), TimeOnly.FromDateTime(time.Start.DateTime), item.TimeZoneId);
        var endLocal = (time.End ?? time.Start.AddHours(1)).DateTime;
        return (start, new CalDateTime(DateOnly.FromDateTime(endLocal), TimeOnly.FromDateTime(endLocal), item.TimeZoneId));
    }

    private string Describe(CalendarItem item)
    {
        var text = new StringBuilder();
        var comma = T[", "].Value;
        if (item.Item.Moderators.Count > 0)
        {
            text.Append(T["Moderator: {0}", string.Join(comma, item.Item.Moderators.Select(m => m.FullName))].Value).Append('\n');
        }

        if (item.Item.Speakers.Count > 0)
        {
            text.Append(T["Speakers: {0}", string.Join(comma, item.Item.Speakers.Select(s => s.Person.FullName))].Value).Append('\n');
        }

        if (item.Item.Cities.Count > 0)
        {
            text.Append(T["Cities: {0}", string.Join(comma, item.Item.Cities.Select(c => c.Name))].Value).Append('\n');
        }

        if (item.OnlineUrl is not null && item.AtTheVenue)
        {
            text.Append(T["Online: {0}", item.OnlineUrl].Value).Append('\n');
        }

        text.Append(Site.Absolute(SiteUrls.ProgramItem(item.EventSlug, item.Item.Slug)));
        return text.ToString();
    }
}
