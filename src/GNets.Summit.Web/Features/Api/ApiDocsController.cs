using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Api;

/// <summary>The page that describes the open data: each endpoint with an example, and the OpenAPI document.</summary>
public sealed record ApiDocsPage(IReadOnlyList<ApiEndpoint> Endpoints, string OpenApiUrl, PageMeta Meta) : IHasPageMeta;

/// <summary>An endpoint as the page lists it: its template, what it answers, and a working example address.</summary>
public sealed record ApiEndpoint(string Template, string Description, string Example);

public sealed class ApiDocsController(Data.SummitDbContext db, IStringLocalizer<Resources.SharedResource> t) : PublicController
{
    [HttpGet(SiteUrls.Routes.ApiDocs)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // Examples use slugs from the store (three small queries), so every link on the page answers whatever content/ holds.
        var eventSlug = await db.Events.OrderByDescending(e => e.IsFeatured).ThenByDescending(e => e.StartDate)
            .Select(e => e.Slug).FirstOrDefaultAsync(ct) ?? "leaders-summit-2023";
        var city = await db.Cities.OrderBy(c => c.Name).Select(c => c.Slug).FirstOrDefaultAsync(ct) ?? "tokyo";
        var person = await db.People.OrderBy(p => p.FamilyName).Select(p => p.Slug).FirstOrDefaultAsync(ct) ?? "koike-yuriko";
        ApiEndpoint[] endpoints =
        [
            new(SiteUrls.Routes.ApiEvents, t["Every event (meeting), newest first, with its kind and level."], SiteUrls.ApiEvents),
            new(SiteUrls.Routes.ApiEvent, t["One event: kind and level, dates, venue, format, the host's page, and links to its program, participations and communiqué."], SiteUrls.ApiEvent(eventSlug)),
            new(SiteUrls.Routes.ApiProgram, t["An event's program by day: items, times (when the program gives them), people and cities."], SiteUrls.ApiProgram(eventSlug)),
            new(SiteUrls.Routes.ApiParticipations, t["How each city took part in an event (mode is the way's slug, modeLabel its name), with the host's own count and a note when the list is incomplete."], SiteUrls.ApiParticipations(eventSlug)),
            new(SiteUrls.Routes.ApiCommunique, t["An event's communiqué, its sections in order (Markdown)."], SiteUrls.ApiCommunique(eventSlug)),
            new(SiteUrls.Routes.ApiParticipationKinds, t["The ways a city can take part (at the venue, online, as a presenter, …): slug, name, phrase and order."], SiteUrls.ApiParticipationKinds),
            new(SiteUrls.Routes.ApiCities, t["Every member city with its country, continent and coordinates."], SiteUrls.ApiCities),
            new(SiteUrls.Routes.ApiCity, t["One city and its participations across events."], SiteUrls.ApiCity(city)),
            new(SiteUrls.Routes.ApiCitiesCsv, t["Cities with their participations as CSV (UTF-8, a header row, RFC 4180), one row per city, event and way of taking part."], SiteUrls.ApiCitiesCsv),
            new(SiteUrls.Routes.ApiPeople, t["Every person: name, position, organisation."], SiteUrls.ApiPeople),
            new(SiteUrls.Routes.ApiPerson, t["One person, with a biography (Markdown) and appearances in programs."], SiteUrls.ApiPerson(person)),
        ];
        var meta = new PageMeta(t["Open data"], t["Read-only JSON and CSV of G-NETS events, programs, cities, participations, people and communiqués."], SiteUrls.ApiDocs)
        {
            Breadcrumbs = [new(t["Home"], SiteUrls.Home)],
        };
        return View(new ApiDocsPage(endpoints, SiteUrls.ApiOpenApi, meta));
    }
}
