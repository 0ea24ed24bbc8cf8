using System.Globalization;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// The two editions of the site. English is the source and keeps the unprefixed addresses; Japanese
/// lives under "/ja". The language of a request is its UI culture, set from the path before anything
/// else runs, so queries, views and <see cref="SiteUrls"/> read it from <see cref="SiteLanguages.Current"/>.
/// </summary>
public enum SiteLanguage
{
    En = 0,
    Ja = 1,
}

public static class SiteLanguages
{
    public static readonly IReadOnlyList<SiteLanguage> All = [SiteLanguage.En, SiteLanguage.Ja];

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>The language of the request being served (its UI culture).</summary>
    public static SiteLanguage Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? SiteLanguage.Ja : SiteLanguage.En;

    public static bool IsJapanese => Current == SiteLanguage.Ja;

    /// <summary>The BCP 47 tag for lang and hreflang: "en", "ja".</summary>
    public static string Tag(this SiteLanguage language) => language == SiteLanguage.Ja ? "ja" : "en";

    /// <summary>The Open Graph locale: "en_US", "ja_JP".</summary>
    public static string OgLocale(this SiteLanguage language) => language == SiteLanguage.Ja ? "ja_JP" : "en_US";

    public static CultureInfo Culture(this SiteLanguage language) => language == SiteLanguage.Ja ? Japanese : English;

    /// <summary>The language's own name, for the switch: "English", "日本語".</summary>
    public static string Endonym(this SiteLanguage language) => language == SiteLanguage.Ja ? "日本語" : "English";

    public static SiteLanguage Other(this SiteLanguage language) => language == SiteLanguage.Ja ? SiteLanguage.En : SiteLanguage.Ja;

    /// <summary>Runs <paramref name="work"/> as if serving <paramref name="language"/> (the sitemap and alternates need both).</summary>
    public static T In<T>(SiteLanguage language, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language.Culture();
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
