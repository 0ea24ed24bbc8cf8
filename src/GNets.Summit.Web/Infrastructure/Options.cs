using System.ComponentModel.DataAnnotations;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>The engine that holds the store.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file beside the site (the default: one process on one machine).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by ConnectionStrings:Summit, which several instances can share.</summary>
    Postgres,
}

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The configuration key of the PostgreSQL connection string (Store:Provider = Postgres).</summary>
    public const string PostgresConnectionKey = "ConnectionStrings:Summit";

    /// <summary>Sqlite (default) or Postgres; with Postgres, <see cref="PostgresConnectionKey"/> names the database.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is resolved against the content root, not the working directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = "App_Data/summit.db";

    /// <summary>How long after start images chosen on forms never saved are first cleaned up (then daily).</summary>
    public TimeSpan UnsavedImageCleanupDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after the site listens the work that can wait (the search index, revisions of records older
    /// than revisions) leaves the CPU to the first requests.
    /// </summary>
    public TimeSpan DeferredWorkDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The store's full path: a relative <see cref="DatabasePath"/> is taken from the content root.</summary>
    public string FullPath(IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, DatabasePath));
}

public enum ImportOnStart
{
    /// <summary>Fill an empty store from content/ (the default: a restart never overwrites staff edits).</summary>
    IfEmpty,
    /// <summary>Upsert content/ on every start; records staff have saved are still kept.</summary>
    Always,
    Never,
}

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content/ folder; a relative path is resolved against the content root.</summary>
    [Required]
    public string Path { get; set; } = "../../content";

    public ImportOnStart ImportOnStart { get; set; } = ImportOnStart.IfEmpty;
}

public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    public string Name { get; set; } = "G-NETS Leaders Summit";

    /// <summary>The public address of the site, used for canonical links, sitemap and sharing tags.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Serve public pages from the output cache (on in production; the benchmark compares both).</summary>
    public bool CachePages { get; set; } = true;

    /// <summary>Keep public view models in memory until the next content change (the benchmark compares both).</summary>
    public bool CacheData { get; set; } = true;

    /// <summary>
    /// The secretariat's e-mail address, shown in the footer and on the accessibility and privacy pages.
    /// Empty by default (no address is invented here); set it where the site is run. While it is empty
    /// the footer shows no contact and those pages point to the owner's own site instead.
    /// </summary>
    public string? ContactEmail { get; set; }

    /// <summary>Who publishes the site: the copyright line and the link to the host in the footer.</summary>
    [Required]
    public string Owner { get; set; } = "Tokyo Metropolitan Government";

    [Required, Url]
    public string OwnerUrl { get; set; } = "https://www.metro.tokyo.lg.jp/english/";

    /// <summary>The site's name on Japanese pages (the host's own: 首長級会議 is its word for the leaders' meeting).</summary>
    [Required]
    public string NameJa { get; set; } = "G-NETS首長級会議";

    /// <summary>The host as it writes its own name in Japanese.</summary>
    [Required]
    public string OwnerJa { get; set; } = "東京都";

    /// <summary>The host's Japanese home page.</summary>
    [Required, Url]
    public string OwnerUrlJa { get; set; } = "https://www.metro.tokyo.lg.jp/";

    /// <summary>The site's name in the language being served.</summary>
    public string NameIn(SiteLanguage language) => language == SiteLanguage.Ja ? NameJa : Name;

    public string OwnerIn(SiteLanguage language) => language == SiteLanguage.Ja ? OwnerJa : Owner;

    public string OwnerUrlIn(SiteLanguage language) => language == SiteLanguage.Ja ? OwnerUrlJa : OwnerUrl;

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactEmail);

    /// <summary>A plain address ("name@host"), nothing else: it is written into mailto: links.</summary>
    public static bool IsPlainEmailAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
            && !value.Any(c => char.IsWhiteSpace(c) || c is '?' or '&' or '<' or '>' or '"' or '(' or ')' or ','));

    /// <summary>Absolute URL for a path such as <c>SiteUrls.City("tokyo")</c>.</summary>
    public string Absolute(string path) => PublicBaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in and setup attempts allowed per client address per minute (on top of account lockout).</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;
}

/// <summary>Who may show the embeddable program (/events/{event}/embed/program) in a frame.</summary>
public sealed class EmbedOptions
{
    public const string Section = "Embed";

    /// <summary>
    /// The CSP frame-ancestors sources, separated by spaces: "*" (the default: any http or https site, as
    /// partner cities' sites are not all known), or a list such as "https://www.city.example https://*.partner.example".
    /// 'self' may be one of them. Nothing else (no ';', ',' or quotes) is accepted: the value goes into a header.
    /// </summary>
    [Required(ErrorMessage = "Embed:FrameAncestors is required: \"*\" lets any site frame the embeddable program.")]
    [RegularExpression(@"^\s*(\*|'self'|https?://[A-Za-z0-9*.\-]+(:[0-9]+)?)(\s+(\*|'self'|https?://[A-Za-z0-9*.\-]+(:[0-9]+)?))*\s*$",
        ErrorMessage = "Embed:FrameAncestors is a space-separated list of \"*\", \"'self'\" or origins such as \"https://www.city.example\".")]
    public string FrameAncestors { get; set; } = "*";

    public IReadOnlyList<string> Sources => FrameAncestors.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
