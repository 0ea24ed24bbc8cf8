using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace GNets.Summit.Web.Infrastructure;

public static class ApplicationBuilderExtensions
{
    public static WebApplication UseSummitPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = RequestLogLevel;
            // The host's logger: without it the middleware writes to the static Log.Logger, which this app never configures.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<HeadAsGetMiddleware>();
        app.UseMiddleware<CanonicalUrlMiddleware>();
        // "/ja/…" is the Japanese edition: the prefix comes off the path and sets the culture (ja-JP, else
        // en-US whatever the server's locale, so parsing and formatting never depend on the machine).
        // After the canonical redirect ("/JA/…" → "/ja/…"), inside the error pages (they keep the language).
        app.UseMiddleware<LanguageMiddleware>();
        app.UseRouting();
        // Only the public pages exist in Japanese: "/ja/admin", "/ja/api/v1/…", "/ja/sitemap.xml" are not found.
        app.UseMiddleware<JapaneseEditionGateMiddleware>();
        // Only endpoints that ask for it (the open data) get CORS headers; outside the output cache, so cached answers carry them too.
        app.UseCors();
        app.UseRateLimiter();
        // Staff pages in the language staff chose (a cookie under /admin); public pages are not affected.
        app.UseAdminLanguage();
        app.UseAuthentication();
        app.UseAuthorization();
        // With Redis: the shared content generation, read once per request before the cache is asked.
        app.UseSharedContentGeneration();
        app.UseOutputCache();
        // Inside the output cache, so pages are cached already compressed; never on staff pages.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin"), branch => branch.UseResponseCompression());
        app.UseMiddleware<ConditionalGetMiddleware>();
        return app;
    }

    public static WebApplication MapSummitEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapOpenApi(SiteUrls.Routes.ApiOpenApi);
        // An address under /api/v1 that names nothing is a client of the open data, not a reader: it gets a JSON
        // problem (which the status-code pages leave alone, as it has a body), not the HTML "not found" page.
        app.MapFallback(SiteUrls.ApiRoot + "/{**rest}", () => Results.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No such address in the open data.",
                detail: "See " + SiteUrls.ApiOpenApi + " for the addresses there are."))
            .ExcludeFromDescription();
        app.MapSummitHealthChecks();
        return app;
    }

    /// <summary>
    /// Makes every endpoint now (MVC's controllers found, their routes built) rather than on the first
    /// request; Program.cs does it on a second thread while the store opens.
    /// </summary>
    public static WebApplication BuildEndpoints(this WebApplication app)
    {
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints.Count;
        }

        return app;
    }

    /// <summary>Prints where the site can be opened once Kestrel is listening.</summary>
    public static WebApplication LogAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("GNets.Summit is running at {Address}", address);
            }

            var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
            if (!site.HasContact && app.Environment.IsProduction())
            {
                app.Logger.LogWarning(
                    "Site:ContactEmail is not set: the footer shows no contact, and the accessibility and privacy pages send visitors to {OwnerUrl} instead", site.OwnerUrl);
            }

            var baseAddress = addresses.FirstOrDefault() ?? site.PublicBaseUrl;
            if (app.Services.GetRequiredService<StaffSetup>().LinkFor(baseAddress) is { } link)
            {
                app.Logger.LogWarning(
                    "No staff account exists yet. Create the first administrator at {SetupUrl} (the link works once, until the site restarts)", link);
            }
        });
        return app;
    }

    /// <summary>Errors loud, page requests at Information, static files and images quiet (they are most requests).</summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? error)
    {
        if (error is not null || context.Response.StatusCode >= 500)
        {
            return LogEventLevel.Error;
        }

        var path = context.Request.Path;
        return path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/img")
               || path.StartsWithSegments(SiteUrls.MediaFolder) || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/favicon.ico")
            ? LogEventLevel.Debug
            : LogEventLevel.Information;
    }
}
