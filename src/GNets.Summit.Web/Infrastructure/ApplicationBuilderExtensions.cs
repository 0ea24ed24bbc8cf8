using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog;
using Serilog.Events;

namespace GNets.Summit.Web.Infrastructure;

public static class ApplicationBuilderExtensions
{
    public static WebApplication UseSummitPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel);
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapSummitEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
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
               || path.StartsWithSegments("/media") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/favicon.ico")
            ? LogEventLevel.Debug
            : LogEventLevel.Information;
    }
}
