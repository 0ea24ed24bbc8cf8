using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Cities;
using GNets.Summit.Web.Features.Communique;
using GNets.Summit.Web.Features.Events;
using GNets.Summit.Web.Features.Pages;
using GNets.Summit.Web.Features.People;
using GNets.Summit.Web.Features.Program;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Serilog;

namespace GNets.Summit.Web.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>Serilog from the "Serilog" configuration section, per host (never the static logger, so test hosts can run side by side).</summary>
    public static WebApplicationBuilder AddSummitLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<EscapeControlCharactersEnricher>(),
            preserveStaticLogger: true);
        return builder;
    }

    public static IServiceCollection AddSummitOptions(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmbedOptions>().BindConfiguration(EmbedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query),
                "Site:PublicBaseUrl must be an absolute http(s) address without a path, e.g. https://summit.example.org")
            .Validate(o => SiteOptions.IsPlainEmailAddress(o.ContactEmail),
                "Site:ContactEmail must be one plain e-mail address, e.g. secretariat@example.org, or empty to show no contact");
        return services;
    }

    public static IServiceCollection AddSummitData(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentGeneration>();
        services.AddSingleton<ContentChangeInterceptor>();
        services.AddDbContext<SummitDbContext>((provider, options) =>
        {
            options.UseSummitStore(provider);
            options.AddInterceptors(provider.GetRequiredService<ContentChangeInterceptor>());
            foreach (var interceptor in provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>())
            {
                options.AddInterceptors(interceptor);
            }
        },
        // The options (engine, connection string, compiled model, interceptors) are the same for every
        // request: made once, not again in every request's scope.
        optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<ContentImporter>();
        return services;
    }

    public static IServiceCollection AddSummitWeb(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        // The site's words in Japanese: Resources/SharedResource.ja.resx, keyed by the English.
        services.AddLocalization();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add<LastModifiedFilter>();
            })
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            // [Display] names and hints and validation messages through the same words as views: the English is the key.
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Resources.SharedResource)));
        // Model binding messages staff (and anyone probing the site) can understand, in the reader's language.
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ModelBindingMessages>();
        // Pages are UTF-8: write "São Paulo", not "S&#xE3;o Paulo" (< > & " ' are still encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options =>
        {
            // Photos are capped at 5 MB with a message in the form; anything far larger is refused with 413.
            options.MultipartBodyLengthLimit = 10 * 1024 * 1024;
            options.ValueCountLimit = 2048;
        });
        services.AddOutputCache(options =>
        {
            options.AddPolicy(CachePolicies.PublicPages, policy => policy
                // Not while the shared generation cannot be read (Redis lost): see ContentGeneration.IsBlind.
                .With(context => context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.CachePages
                    && !context.HttpContext.RequestServices.GetRequiredService<ContentGeneration>().IsBlind)
                .Tag(ContentChangeInterceptor.PublicTag)
                .Expire(TimeSpan.FromHours(1))
                // Pages are stored compressed, once per encoding.
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "content", context.RequestServices.GetRequiredService<ContentGeneration>().Current.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                // "/ja/x" reaches the cache as "/x" (the prefix is taken off before routing): the language keeps them apart.
                .VaryByValue(context => new KeyValuePair<string, string>("language", context.SiteLanguage().Tag())));
            // Tagged like the pages, so a deleted photo's renditions stop being served at once.
            options.AddPolicy(CachePolicies.Media, policy => policy
                .With(context => !context.HttpContext.RequestServices.GetRequiredService<ContentGeneration>().IsBlind)
                .Tag(ContentChangeInterceptor.PublicTag).Expire(TimeSpan.FromHours(1)));
        });
        services.AddResponseCompression(options =>
        {
            // Public pages hold no secrets, so compressing them over HTTPS is safe (BREACH needs a secret
            // reflected next to attacker input); the admin is excluded in the pipeline.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/plain", "text/calendar", "application/xml", "text/xml", "application/ld+json", "image/svg+xml", "application/json", "text/csv", "application/atom+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);

        services.AddSummitSecurityHeaders();
        services.AddSummitHealthChecks();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<SiteChromeCache>();
        services.AddSingleton<Features.Search.SearchIndex>();
        services.AddHostedService<Features.Search.SearchIndexWarmUp>();
        services.AddSingleton<PageDataCache>();
        services.AddSingleton<Features.Map.WorldMap>();
        services.AddSingleton<Features.Seo.StructuredData>();
        services.AddSingleton<Features.Calendar.CalendarFeed>();
        services.AddScoped<EventQueries>();
        services.AddScoped<Features.Home.HomeQueries>();
        services.AddScoped<CityQueries>();
        services.AddScoped<PersonQueries>();
        services.AddScoped<ProgramQueries>();
        services.AddScoped<Features.Schedule.ScheduleQueries>();
        services.AddScoped<CommuniqueQueries>();
        services.AddScoped<PageQueries>();
        services.AddScoped<Features.News.NewsQueries>();
        services.AddScoped<Features.News.NewsFeed>();

        // Open data (/api/v1): readable from any origin, GET and HEAD only, never with credentials; described by OpenAPI.
        services.AddScoped<Features.Api.OpenDataQueries>();
        services.AddCors(options => options.AddPolicy(Features.Api.OpenDataCors.Policy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")));
        services.AddOpenApi();

        // Staff editing (Areas/Admin).
        services.AddScoped<Areas.Admin.Editing.RevisionLog>();
        services.AddScoped<Areas.Admin.Editing.EditingServices>();
        services.AddScoped<Areas.Admin.Editing.FormDiff>();
        services.AddScoped<Areas.Admin.Editing.StaffTime>();
        services.AddScoped<Areas.Admin.Editing.ImageStore>();
        services.AddHostedService<Areas.Admin.Editing.UnsavedImageCleanup>();
        services.AddScoped<Areas.Admin.Editing.ImportedRevisions>();
        services.AddHostedService<Areas.Admin.Editing.ImportedRevisionsBackfill>();
        services.AddScoped<Backups>();
        services.AddScoped<Areas.Admin.Editors.EventEditor>();
        services.AddScoped<Areas.Admin.Editors.CityEditor>();
        services.AddScoped<Areas.Admin.Editors.PersonEditor>();
        services.AddScoped<Areas.Admin.Editors.ThemeEditor>();
        services.AddScoped<Areas.Admin.Editors.ProgramDayEditor>();
        services.AddScoped<Areas.Admin.Editors.ProgramItemEditor>();
        services.AddScoped<Areas.Admin.Editors.CommuniqueEditor>();
        services.AddScoped<Areas.Admin.Editors.CommuniqueSectionEditor>();
        services.AddScoped<Areas.Admin.Editors.PageEditor>();
        services.AddScoped<Areas.Admin.Editors.NewsEditor>();
        services.AddScoped<Areas.Admin.Editors.RepresentationEditor>();
        services.AddScoped<Areas.Admin.Editors.ParticipationKindEditor>();
        return services;
    }
}
