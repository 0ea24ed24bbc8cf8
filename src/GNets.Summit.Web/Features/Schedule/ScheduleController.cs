using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Schedule;

/// <summary>
/// The program for conference apps (Giggity, EventFahrplan…): c3voc/frab schedule XML and JSON. Like the
/// pages, the files are output-cached and carry ETag (answering 304) and Last-Modified from the data.
/// </summary>
public sealed class ScheduleController(ScheduleQueries schedule) : PublicController
{
    /// <summary>The schema the JSON is written against, named in its "$schema" as pretalx does.</summary>
    private const string JsonSchemaUrl = "https://c3voc.de/schedule/schema.json";

    [HttpGet(SiteUrls.Routes.ScheduleXml)]
    public Task<IActionResult> ScheduleXml(string eventSlug, CancellationToken ct) =>
        ExportAsync(eventSlug, ScheduleFormats.Xml, "application/xml; charset=utf-8", ct);

    [HttpGet(SiteUrls.Routes.ScheduleJson)]
    public Task<IActionResult> ScheduleJson(string eventSlug, CancellationToken ct) =>
        ExportAsync(eventSlug, s => ScheduleFormats.Json(s, JsonSchemaUrl), "application/json; charset=utf-8", ct);

    private async Task<IActionResult> ExportAsync(string eventSlug, Func<ScheduleExport, byte[]> write, string contentType, CancellationToken ct)
    {
        if (await schedule.ForEventAsync(eventSlug, ct) is not { } export)
        {
            return NotFound();
        }

        var utc = DateTime.SpecifyKind(export.LastModifiedUtc, DateTimeKind.Utc);
        Response.GetTypedHeaders().LastModified = new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)));
        return File(write(export), contentType);
    }
}
