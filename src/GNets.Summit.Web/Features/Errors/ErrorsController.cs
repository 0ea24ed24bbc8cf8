using System.Diagnostics;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using GNets.Summit.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Errors;

public sealed record ErrorPage(int StatusCode, string Heading, string Message, string RequestId, PageMeta Meta) : IHasPageMeta;

/// <summary>
/// Friendly error pages, in the language of the address asked for ("/ja/…" gets the Japanese page). They never
/// show exception details outside Development; the request id ties the page to the log.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true), JapaneseEdition]
public sealed class ErrorsController(ILogger<ErrorsController> logger, IStringLocalizer<SharedResource> T) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        var status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = status;
        var (heading, message) = status switch
        {
            404 => ("Page not found", "The page you asked for is not on this site. It may have moved, or the address may be mistyped."),
            400 => ("Bad request", "The request could not be understood. Please check the address or the form and try again."),
            403 => ("Not allowed", "You do not have permission to see this page."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            413 => ("Upload too large", "The file or form you sent is larger than this site accepts."),
            415 => ("Unsupported content", "This address does not accept that kind of content."),
            429 => ("Too many requests", "Please wait a minute before trying again."),
            503 => (StoreUnavailableHeading, StoreUnavailableRead),
            _ => ("Something went wrong", "The request could not be completed."),
        };
        (heading, message) = (T[heading], T[message]);
        return View("Error", new ErrorPage(status, heading, message, RequestId,
            new PageMeta(heading, message, SiteUrls.Home) { NoIndex = true }));
    }

    [Route("/error")]
    public IActionResult Exception()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is null)
        {
            // Asked for directly, not by the exception handler: there is no error to report.
            return Status(StatusCodes.Status404NotFound);
        }

        // Requests that broke the server's limits are the client's problem: say so with a 4xx, not a 500.
        if (feature.Error is BadHttpRequestException bad)
        {
            return Status(bad.StatusCode);
        }

        if (feature.Error is InvalidDataException)
        {
            return Status(StatusCodes.Status413PayloadTooLarge);
        }

        // The store (PostgreSQL, or a SQLite file) could not be reached: the server is fine, the request may be
        // tried again. 503 + Retry-After, and for a save the promise that nothing was written (a save is one
        // transaction: it is committed whole or not at all).
        if (StoreProviders.IsUnreachable(feature.Error))
        {
            return StoreUnavailable(feature);
        }

        logger.LogError(feature.Error, "Unhandled error on {Path}; the visitor was shown request id {RequestId}", feature.Path, RequestId);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorPage(500, T["Something went wrong"],
            T["Sorry, this page could not be shown. The problem has been logged; please try again in a moment."],
            RequestId, new PageMeta(T["Something went wrong"], T["An error occurred."], SiteUrls.Home) { NoIndex = true }));
    }

    /// <summary>Seconds a client is asked to wait before trying again when the store cannot be reached.</summary>
    public const int StoreRetryAfterSeconds = 10;

    public const string StoreUnavailableHeading = "The site is unavailable for a moment";
    public const string StoreUnavailableSave = "The store cannot be reached; nothing was saved. Try again in a moment: go back, and your form still holds what you typed.";
    public const string StoreUnavailableRead = "The store cannot be reached, so this page cannot be shown just now. Try again in a moment.";

    private IActionResult StoreUnavailable(IExceptionHandlerPathFeature feature)
    {
        logger.LogError("The store cannot be reached on {Method} {Path} ({Error}); the visitor was shown 503 and request id {RequestId}",
            Request.Method, feature.Path, feature.Error.GetBaseException().Message, RequestId);
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = StoreRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Response.Headers.CacheControl = "no-store";
        var saving = !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method);
        string heading = T[StoreUnavailableHeading], message = T[saving ? StoreUnavailableSave : StoreUnavailableRead];
        if (SiteUrls.IsApi(new PathString(feature.Path)))
        {
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: heading, detail: message);
        }

        return View("Error", new ErrorPage(503, heading, message, RequestId, new PageMeta(heading, message, SiteUrls.Home) { NoIndex = true }));
    }

    private string RequestId => Activity.Current?.Id ?? HttpContext.TraceIdentifier;
}
