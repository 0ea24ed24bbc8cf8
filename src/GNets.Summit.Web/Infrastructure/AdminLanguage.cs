using GNets.Summit.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// The language staff read the admin in: their own choice, kept in a cookie that only /admin sees.
/// Public pages take their language from the address alone (crawlers must reach both editions), so
/// this never touches them.
/// </summary>
public static class AdminLanguage
{
    public const string CookieName = "summit-admin-language";

    /// <summary>Where the switch posts to.</summary>
    public const string SwitchPath = "/admin/language";

    public static bool IsAdminPath(PathString path) => path.StartsWithSegments("/admin");

    /// <summary>Whether a local URL ("/admin/cities?q=x") is a staff page.</summary>
    public static bool IsAdminUrl(string url) =>
        url == "/admin" || url.StartsWith("/admin/", StringComparison.Ordinal) || url.StartsWith("/admin?", StringComparison.Ordinal);

    /// <summary>"en" or "ja" to a language; anything else is not a choice.</summary>
    public static SiteLanguage? Parse(string? tag) => tag switch
    {
        "en" => SiteLanguage.En,
        "ja" => SiteLanguage.Ja,
        _ => null,
    };

    public static SiteLanguage Chosen(HttpRequest request) =>
        Parse(request.Cookies[CookieName]) ?? SiteLanguage.En;

    public static void Remember(HttpResponse response, SiteLanguage language) =>
        response.Cookies.Append(CookieName, language.Tag(), new CookieOptions
        {
            Path = "/admin",
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });

    /// <summary>Admin requests run in the chosen culture: words, dates and the model binder's messages.</summary>
    public static IApplicationBuilder UseAdminLanguage(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsAdminPath(context.Request.Path))
            {
                var culture = Chosen(context.Request).Culture();
                System.Globalization.CultureInfo.CurrentCulture = culture;
                System.Globalization.CultureInfo.CurrentUICulture = culture;
            }

            return next(context);
        });
}

/// <summary>
/// The model binder's messages (a letter where a number belongs, an empty required value) in the
/// reader's language. The English texts are the keys, as everywhere.
/// </summary>
public sealed class ModelBindingMessages(IStringLocalizer<SharedResource> t) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustBeANumberAccessor(field => t["{0} must be a number.", field]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["“{0}” is not a valid value for {1}.", value, field]);
        messages.SetValueMustNotBeNullAccessor(field => t["Enter {0}.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => t["Enter {0}.", field]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["The value is not valid for {0}.", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["“{0}” is not valid here.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["The value must be a number."]);
        messages.SetValueIsInvalidAccessor(value => t["“{0}” is not valid.", value]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["The form is empty."]);
        messages.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
    }
}
