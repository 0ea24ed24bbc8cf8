using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Features.Api;

/// <summary>
/// The open data: read-only JSON (and one CSV) for events, programs, cities, participations, people and communiqués.
/// Cached, tagged with an ETag (304) and evicted on every save like the pages (<see cref="PublicController"/>);
/// readable from any origin; an unknown slug answers 404 with a problem-details body, never an HTML page.
/// </summary>
[ApiController, EnableCors(OpenDataCors.Policy), EnglishOnly]
public sealed class OpenDataController(OpenDataQueries data) : PublicController
{
    [HttpGet(SiteUrls.Routes.ApiEvents)]
    [ProducesResponseType<List<ApiEventSummary>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Events(CancellationToken ct) => Dated(await data.EventsAsync(ct));

    [HttpGet(SiteUrls.Routes.ApiEvent)]
    [ProducesResponseType<ApiEvent>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Event(string eventSlug, CancellationToken ct) =>
        Found(await data.EventAsync(eventSlug, ct), "event");

    [HttpGet(SiteUrls.Routes.ApiProgram)]
    [ProducesResponseType<ApiProgram>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Program(string eventSlug, CancellationToken ct) =>
        Found(await data.ProgramAsync(eventSlug, ct), "event");

    [HttpGet(SiteUrls.Routes.ApiParticipations)]
    [ProducesResponseType<ApiParticipations>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Participations(string eventSlug, CancellationToken ct) =>
        Found(await data.ParticipationsAsync(eventSlug, ct), "event");

    [HttpGet(SiteUrls.Routes.ApiCommunique)]
    [ProducesResponseType<ApiCommunique>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Communique(string eventSlug, CancellationToken ct) =>
        Found(await data.CommuniqueAsync(eventSlug, ct), "communiqué");

    [HttpGet(SiteUrls.Routes.ApiCities)]
    [ProducesResponseType<List<ApiCity>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Cities(CancellationToken ct) => Dated(await data.CitiesAsync(ct));

    /// <summary>Every participation of every city, one row each, for spreadsheets.</summary>
    [HttpGet(SiteUrls.Routes.ApiCitiesCsv)]
    [Produces("text/csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    public async Task<IActionResult> CitiesCsv(CancellationToken ct)
    {
        var csv = await data.CitiesCsvAsync(ct);
        SetLastModified(csv.LastModifiedUtc);
        // header=present tells readers the first row names the columns (RFC 4180 §3).
        return File(System.Text.Encoding.UTF8.GetBytes(csv.Value), "text/csv; charset=utf-8; header=present");
    }

    /// <summary>The ways a city can take part in a meeting (a participation's mode), in list order; staff may add more.</summary>
    [HttpGet(SiteUrls.Routes.ApiParticipationKinds)]
    [ProducesResponseType<List<ApiParticipationKind>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ParticipationKinds(CancellationToken ct) => Dated(await data.ParticipationKindsAsync(ct));

    [HttpGet(SiteUrls.Routes.ApiCity)]
    [ProducesResponseType<ApiCityDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> City(string slug, CancellationToken ct) =>
        Found(await data.CityAsync(slug, ct), "city");

    [HttpGet(SiteUrls.Routes.ApiPeople)]
    [ProducesResponseType<List<ApiPerson>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> People(CancellationToken ct) => Dated(await data.PeopleAsync(ct));

    [HttpGet(SiteUrls.Routes.ApiPerson)]
    [ProducesResponseType<ApiPersonDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Person(string slug, CancellationToken ct) =>
        Found(await data.PersonAsync(slug, ct), "person");

    /// <summary>The data with its Last-Modified, or 404 with a JSON problem-details body (which the status-code pages then leave alone).</summary>
    private IActionResult Found<T>(Dated<T>? value, string what) =>
        value is null ? Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}.") : Dated(value);

    /// <summary>
    /// The data, with Last-Modified from its records' save times (like the pages': the conditional-GET middleware then
    /// answers If-Modified-Since with 304, and If-None-Match with the ETag first).
    /// </summary>
    private OkObjectResult Dated<T>(Dated<T> value)
    {
        SetLastModified(value.LastModifiedUtc);
        return Ok(value.Value);
    }

    private void SetLastModified(DateTime utc)
    {
        var time = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        Response.GetTypedHeaders().LastModified = new DateTimeOffset(time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)));
    }
}

public static class OpenDataCors
{
    /// <summary>Anyone may read the open data from a browser: any origin, GET and HEAD only, no credentials.</summary>
    public const string Policy = "open-data";
}
