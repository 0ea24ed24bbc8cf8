using System.ComponentModel.DataAnnotations;

namespace GNets.Summit.Web.Infrastructure;

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; a relative path is resolved against the content root, not the working directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = "App_Data/summit.db";

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
