using System.Globalization;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Marks the public pages that exist in Japanese too (under "/ja"). Only endpoints carrying it answer
/// there; everything else (the admin, the JSON API, static files, media, health) is one for every
/// language and answers 404 under "/ja". <see cref="Features.PublicController"/> carries it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class JapaneseEditionAttribute : Attribute;

/// <summary>
/// Wins over <see cref="JapaneseEditionAttribute"/>: a public address that is the same for every
/// language (sitemap.xml, robots.txt, the open data) and so is not served under "/ja".
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class EnglishOnlyAttribute : Attribute;

/// <summary>The language a request is served in, and its address without the language prefix.</summary>
public sealed record RequestLanguage(SiteLanguage Language, PathString Path, QueryString Query)
{
    internal static readonly object Key = new();
}

public static class RequestLanguageExtensions
{
    /// <summary>The language of this request, from its path; English when the middleware did not run.</summary>
    public static SiteLanguage SiteLanguage(this HttpContext context) =>
        context.RequestLanguage()?.Language ?? Infrastructure.SiteLanguage.En;

    public static RequestLanguage? RequestLanguage(this HttpContext context) =>
        context.Items.TryGetValue(Infrastructure.RequestLanguage.Key, out var value) ? value as RequestLanguage : null;
}

/// <summary>
/// Serves "/ja" and "/ja/…" as Japanese: the prefix is taken off the path (not moved to PathBase, so
/// "~/css/…" stays root-relative and one set of routes serves both languages), and the culture is set
/// for everything after it (<see cref="SiteLanguages.Current"/>, <see cref="SiteUrls"/>, the
/// localizers). The language is remembered on the request, so an error page re-executed for it
/// ("/error/404") keeps it. The original path is put back on the way out: logs show what was asked for.
/// Runs after <see cref="CanonicalUrlMiddleware"/>, so "/JA/…" has already been sent to "/ja/…".
/// </summary>
public sealed class LanguageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var original = request.Path;
        var stripped = false;
        if (context.RequestLanguage() is not { } language)
        {
            // The first pass of a request (not an error page re-executed for it).
            if (SiteUrls.WithoutLanguagePrefix(original) is { } rest)
            {
                request.Path = rest;
                stripped = true;
                language = new RequestLanguage(SiteLanguage.Ja, rest, request.QueryString);
            }
            else
            {
                language = new RequestLanguage(SiteLanguage.En, original, request.QueryString);
            }

            context.Items[RequestLanguage.Key] = language;
        }

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language.Language.Culture();
        try
        {
            await next(context);
        }
        finally
        {
            if (stripped)
            {
                request.Path = original;
            }
        }
    }
}

/// <summary>
/// After routing: a Japanese request for anything but a page of the Japanese edition is not found
/// (the status code pages then show the Japanese 404 page).
/// </summary>
public sealed class JapaneseEditionGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.SiteLanguage() == SiteLanguage.Ja && context.GetEndpoint() is { } endpoint
            && (endpoint.Metadata.GetMetadata<JapaneseEditionAttribute>() is null || endpoint.Metadata.GetMetadata<EnglishOnlyAttribute>() is not null))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
