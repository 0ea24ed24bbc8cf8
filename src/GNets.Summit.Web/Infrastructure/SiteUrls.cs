using System.Globalization;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// The one owner of every public URL: the route templates the controllers' attribute routes use
/// (<see cref="Routes"/>), and the paths that views, view models, the sitemap, JSON-LD, calendars,
/// redirects and the admin link to. Nothing else writes "/cities/…" (a test scans the source).
/// Every path is made by <see cref="At"/>: an edition under a language prefix ("/ja/cities/tokyo")
/// is a prefix there plus one routing convention that adds it to <see cref="Routes"/>.
/// </summary>
public static class SiteUrls
{
    /// <summary>Route templates, for the attribute routes of the public controllers.</summary>
    public static class Routes
    {
        public const string Home = "/";
        public const string Events = "/events";
        public const string Event = "/events/{slug}";
        public const string Program = "/events/{eventSlug}/program";
        public const string ProgramItem = "/events/{eventSlug}/program/{slug}";
        public const string ProgramCalendar = "/events/{eventSlug}/program.ics";
        public const string ProgramItemCalendar = "/events/{eventSlug}/program/{slug}.ics";
        /// <summary>The program as a compact page for partner sites' iframes (the only page that may be framed).</summary>
        public const string EmbedProgram = "/events/{eventSlug}/embed/program";
        public const string ScheduleXml = "/events/{eventSlug}/schedule.xml";
        public const string ScheduleJson = "/events/{eventSlug}/schedule.json";
        public const string Cities = "/events/{eventSlug}/cities";
        public const string City = "/cities/{slug}";
        public const string People = "/events/{eventSlug}/people";
        public const string Person = "/people/{slug}";
        public const string Communique = "/events/{eventSlug}/communique";

        /// <summary>The news: the list (?page=2), one event's posts, one post, and the Atom feed.</summary>
        public const string News = "/news";
        public const string NewsPost = "/news/{slug}";
        public const string NewsFeed = "/news.atom";
        public const string EventNews = "/events/{eventSlug}/news";

        /// <summary>Short addresses to share: the featured event's program and communiqué.</summary>
        public const string FeaturedProgram = "/program";
        public const string FeaturedCommunique = "/communique";

        /// <summary>The network's member cities and people, across every meeting.</summary>
        public const string AllCities = "/cities";
        public const string AllPeople = "/people";

        /// <summary>A page of the site (/about); literal routes win over it.</summary>
        public const string Page = "/{slug:regex(^[[a-z0-9]]+(-[[a-z0-9]]+)*$)}";
        public const string Media = "/media/{key:regex(^[[a-z0-9]]{{8,32}}$)}/{width:int:range(16,4000)}.webp";
        public const string Search = "/search";
        public const string Sitemap = "/sitemap.xml";
        public const string Robots = "/robots.txt";

        /// <summary>The open data: a page that describes it, and read-only JSON (and a CSV) under a version.</summary>
        public const string ApiDocs = "/api";
        public const string ApiOpenApi = "/api/v1/openapi.json";
        public const string ApiEvents = "/api/v1/events";
        public const string ApiEvent = "/api/v1/events/{eventSlug}";
        public const string ApiProgram = "/api/v1/events/{eventSlug}/program";
        public const string ApiParticipations = "/api/v1/events/{eventSlug}/participations";
        public const string ApiCommunique = "/api/v1/events/{eventSlug}/communique";
        public const string ApiParticipationKinds = "/api/v1/participation-kinds";
        public const string ApiCities = "/api/v1/cities";
        public const string ApiCitiesCsv = "/api/v1/cities.csv";
        public const string ApiCity = "/api/v1/cities/{slug}";
        public const string ApiPeople = "/api/v1/people";
        public const string ApiPerson = "/api/v1/people/{slug}";
    }

    public static string Home => At("/");

    public static string Events => At("/events");

    /// <summary>An event's overview (the featured one's too: the home page is the network's).</summary>
    public static string Event(string slug) => At($"/events/{Segment(slug)}");

    /// <summary>Every member city of the network, with the meetings each took part in.</summary>
    public static string AllCities => At("/cities");

    /// <summary>Everyone the site names, across every meeting.</summary>
    public static string AllPeople => At("/people");

    public static string Program(string eventSlug) => At($"/events/{Segment(eventSlug)}/program");

    public static string ProgramDay(string eventSlug, DateOnly date) => $"{Program(eventSlug)}#{DayAnchor(date)}";

    /// <summary>The id of a day's heading on the program page.</summary>
    public static string DayAnchor(DateOnly date) => "day-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ProgramItem(string eventSlug, string itemSlug) => $"{Program(eventSlug)}/{Segment(itemSlug)}";

    public static string ProgramCalendar(string eventSlug) => Program(eventSlug) + ".ics";

    public static string ProgramItemCalendar(string eventSlug, string itemSlug) => ProgramItem(eventSlug, itemSlug) + ".ics";

    /// <summary>The program in the c3voc/frab "schedule XML" format that conference apps read.</summary>
    public static string ScheduleXml(string eventSlug) => At($"/events/{Segment(eventSlug)}/schedule.xml");

    /// <summary>The program in the c3voc "schedule JSON" format.</summary>
    public static string ScheduleJson(string eventSlug) => At($"/events/{Segment(eventSlug)}/schedule.json");

    public static string Cities(string eventSlug) => At($"/events/{Segment(eventSlug)}/cities");

    public static string City(string slug) => At($"/cities/{Segment(slug)}");

    public static string People(string eventSlug) => At($"/events/{Segment(eventSlug)}/people");

    public static string Person(string slug) => At($"/people/{Segment(slug)}");

    public static string Communique(string eventSlug) => At($"/events/{Segment(eventSlug)}/communique");

    public static string CommuniqueSection(string eventSlug, string sectionSlug) => $"{Communique(eventSlug)}#{Segment(sectionSlug)}";

    /// <summary>The network's news, newest first; site-wide and every event's.</summary>
    public static string News => At("/news");

    public static string NewsPost(string slug) => At($"/news/{Segment(slug)}");

    /// <summary>The news list, filtered to one event's posts and/or at a later page (both optional).</summary>
    public static string NewsList(string? eventSlug, int page = 1)
    {
        var list = string.IsNullOrEmpty(eventSlug) ? News : At($"/events/{Segment(eventSlug)}/news");
        return page > 1 ? list + "?page=" + page.ToString(CultureInfo.InvariantCulture) : list;
    }

    /// <summary>The news as an Atom feed (RFC 4287), one per language.</summary>
    public static string NewsFeed => At("/news.atom");

    /// <summary>An event's program as a compact page for partner sites' iframes.</summary>
    public static string EmbedProgram(string eventSlug) => At($"/events/{Segment(eventSlug)}/embed/program");

    /// <summary>A page of the site by its slug: "/about", "/accessibility".</summary>
    public static string Page(string slug) => At($"/{Segment(slug)}");

    /// <summary>The search page, with the results for <paramref name="query"/> when given.</summary>
    public static string Search(string? query = null) =>
        At("/search") + (string.IsNullOrEmpty(query) ? "" : "?q=" + Uri.EscapeDataString(query));

    /// <summary>Where uploaded images are served; like the sitemap, the same for every language.</summary>
    public const string MediaFolder = "/media";

    /// <summary>An uploaded image at one of its widths (WebP).</summary>
    public static string Media(string key, int width) =>
        $"{MediaFolder}/{Segment(key)}/{width.ToString(CultureInfo.InvariantCulture)}.webp";

    public static string Sitemap => Routes.Sitemap;

    /// <summary>The page that describes the open data (a page of each edition); the API itself is one for every language, like the sitemap.</summary>
    public static string ApiDocs => At(Routes.ApiDocs);

    public static string ApiOpenApi => Routes.ApiOpenApi;

    public static string ApiEvents => Routes.ApiEvents;

    public static string ApiEvent(string eventSlug) => $"{ApiEvents}/{Segment(eventSlug)}";

    public static string ApiProgram(string eventSlug) => ApiEvent(eventSlug) + "/program";

    public static string ApiParticipations(string eventSlug) => ApiEvent(eventSlug) + "/participations";

    public static string ApiCommunique(string eventSlug) => ApiEvent(eventSlug) + "/communique";

    public static string ApiParticipationKinds => Routes.ApiParticipationKinds;

    public static string ApiCities => Routes.ApiCities;

    public static string ApiCitiesCsv => Routes.ApiCitiesCsv;

    public static string ApiCity(string slug) => $"{ApiCities}/{Segment(slug)}";

    public static string ApiPeople => Routes.ApiPeople;

    public static string ApiPerson(string slug) => $"{ApiPeople}/{Segment(slug)}";

    /// <summary>Whether a request is for the open data (CORS open, JSON errors).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(ApiRoot, StringComparison.Ordinal);

    /// <summary>The open data's root (not a route of its own); anything under it that no endpoint answers is a JSON 404.</summary>
    public const string ApiRoot = "/api/v1";

    /// <summary>The site's default image for sharing (a static file).</summary>
    public static string ShareImage => "/img/share.png";

    /// <summary>
    /// Whether <paramref name="path"/> is a page of one event ("/events/x/…") rather than the list of events.
    /// </summary>
    public static bool IsEventPage(string path) =>
        path.StartsWith(Events + "/", StringComparison.Ordinal);

    /// <summary>The Japanese edition's prefix: "/ja", "/ja/cities/tokyo".</summary>
    public const string JapanesePrefix = "/ja";

    /// <summary>Every public path passes here: the one place the language prefix is added ("/" → "/ja").</summary>
    private static string At(string path) => InLanguage(path, SiteLanguages.Current);

    /// <summary>
    /// The same site path (query and fragment kept) in <paramref name="language"/>: "/cities/tokyo" ↔
    /// "/ja/cities/tokyo", "/" ↔ "/ja". For the language switch, hreflang alternates and the sitemap.
    /// Anything that is not a site path (an absolute URL) comes back as it is.
    /// </summary>
    public static string InLanguage(string path, SiteLanguage language)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return path;
        }

        var english = HasJapanesePrefix(path) ? path[JapanesePrefix.Length..] : path;
        if (english.Length == 0 || english[0] is '?' or '#')
        {
            english = "/" + english;
        }

        if (language != SiteLanguage.Ja)
        {
            return english;
        }

        // "/" is the home page: "/ja", "/ja?q=…", never "/ja/".
        return english.Length == 1 || english[1] is '?' or '#' ? JapanesePrefix + english[1..] : JapanesePrefix + english;
    }

    /// <summary>The language a site path is in, by its prefix.</summary>
    public static SiteLanguage LanguageOf(string path) => HasJapanesePrefix(path) ? SiteLanguage.Ja : SiteLanguage.En;

    /// <summary>The rest of a request path under "/ja" ("/ja" → "/", "/ja/cities" → "/cities"); null for a path outside it.</summary>
    public static PathString? WithoutLanguagePrefix(PathString path)
    {
        if (!path.StartsWithSegments(JapanesePrefix, StringComparison.Ordinal, out var rest))
        {
            return null;
        }

        return rest.HasValue && rest.Value != "/" ? rest : new PathString("/");
    }

    private static bool HasJapanesePrefix(string path) =>
        path.StartsWith(JapanesePrefix, StringComparison.Ordinal)
        && (path.Length == JapanesePrefix.Length || path[JapanesePrefix.Length] is '/' or '?' or '#');

    /// <summary>Slugs are lowercase ASCII already (<see cref="Slugs"/>); anything else is escaped, never trusted.</summary>
    private static string Segment(string value) => Uri.EscapeDataString(value);
}
