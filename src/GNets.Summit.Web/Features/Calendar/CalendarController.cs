using GNets.Summit.Web.Features.Program;
using Microsoft.AspNetCore.Mvc;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Calendar;

/// <summary>.ics downloads of the program: whole, or one item.</summary>
public sealed class CalendarController(ProgramQueries program, CalendarFeed feed) : PublicController
{
    private const string ContentType = "text/calendar; charset=utf-8";

    [HttpGet(SiteUrls.Routes.ProgramCalendar)]
    public async Task<IActionResult> Program(string eventSlug, CancellationToken ct) =>
        await program.ForEventAsync(eventSlug, ct) is { } page
            ? File(System.Text.Encoding.UTF8.GetBytes(feed.Serialize(page.Event.Title.Text, CalendarItem.From(page))), ContentType, $"{eventSlug}.ics")
            : NotFound();

    [HttpGet(SiteUrls.Routes.ProgramItemCalendar)]
    public async Task<IActionResult> Item(string eventSlug, string slug, CancellationToken ct) =>
        await program.FindAsync(eventSlug, slug, ct) is { } page
            ? File(System.Text.Encoding.UTF8.GetBytes(feed.Serialize(page.Item.Title.Text, [CalendarItem.From(page)])), ContentType, $"{eventSlug}-{slug}.ics")
            : NotFound();
}
