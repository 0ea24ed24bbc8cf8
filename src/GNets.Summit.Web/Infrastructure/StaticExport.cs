using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>What <see cref="StaticExport"/> wrote, and what it could not.</summary>
/// <param name="Files">Files written, not counting the .br and .gz copies.</param>
/// <param name="Bytes">Their size.</param>
/// <param name="CompressedFiles">.br and .gz copies written.</param>
/// <param name="CompressedBytes">Their size.</param>
/// <param name="Elapsed">From the first request to the last file written.</param>
/// <param name="BrokenLinks">"address (linked from page)" for every same-site link that did not answer 200 or a redirect.</param>
/// <param name="QueryLinks">Same-site links with a query string: a static host serves the page without it.</param>
public sealed record StaticExportSummary(
    int Files, long Bytes, int CompressedFiles, long CompressedBytes, TimeSpan Elapsed,
    IReadOnlyList<string> BrokenLinks, IReadOnlyList<string> QueryLinks);

/// <summary>
/// A static archive of the public site: every page the sitemap lists and everything they link to (pages in
/// both languages, assets, feeds, calendars, the open data, images), fetched from the real app and written as
/// files a static host serves at the same addresses. A city's page becomes cities/{slug}/index.html (nginx's
/// <c>try_files $uri $uri/index.html</c>, an object store's index document); addresses that end in a file name
/// keep it; JSON at an address without one becomes index.json. Beside each text file go .br and .gz copies
/// (nginx <c>brotli_static</c>/<c>gzip_static</c>). The not-found page is 404.html (ja/404.html in Japanese).
/// Redirects become small pages that send the reader on (meta refresh), which every static host can serve.
/// </summary>
public sealed partial class StaticExport(HttpClient client, Uri publicBaseUrl, string directory)
{
    public const string CommandName = "export-static";

    public const string Usage = """
          export-static <DIR> [--force]
              Writes the public site (both languages, assets, feeds, calendars, open data, images, 404 page) as
              static files into DIR, with .br and .gz copies, for nginx, object storage or a CDN. DIR must be
              empty or new; --force first empties a DIR that holds an earlier export.
        """;

    /// <summary>The page written as 404.html: asked for at an address no page has.</summary>
    public const string NotFoundProbe = "/404";

    private const string ShortAddress = "(short address)";

    /// <summary>Already compressed: a .br or .gz copy would only be larger.</summary>
    private static readonly HashSet<string> CompressedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".webp", ".png", ".jpg", ".jpeg", ".gif", ".avif", ".woff", ".woff2", ".gz", ".br", ".zip", ".pdf",
    };

    private readonly string root = Path.GetFullPath(directory);
    private readonly Dictionary<string, string> referrers = new(StringComparer.Ordinal);
    private readonly Queue<string> queue = new();
    private readonly SortedSet<string> broken = new(StringComparer.Ordinal);
    private readonly SortedSet<string> queryLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);
    private int fileCount;
    private long bytes;
    private int compressedCount;
    private long compressedBytes;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == CommandName;

    /// <summary>Settings for the command's in-process site: no log line per page fetched.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> CommandSettings =>
    [
        new("Serilog:MinimumLevel:Default", "Warning"),
        new("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning"),
        new("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Error"),
    ];

    /// <summary>
    /// Why <paramref name="path"/> cannot take an export (null when it can): it is a file, it cannot be created
    /// or written, or it holds files that are not an earlier export (with <paramref name="force"/>) or any files at all.
    /// </summary>
    public static string? CheckDirectory(string path, bool force)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "Name the folder to write the archive into: export-static <DIR>.";
        }

        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return $"{full} is a file; export-static needs a folder (a new or empty one).";
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            if (!force)
            {
                return $"{full} is not empty. Choose a new or empty folder, or add --force to replace an earlier export there.";
            }

            if (!File.Exists(Path.Combine(full, "sitemap.xml")) || !File.Exists(Path.Combine(full, "index.html")))
            {
                return $"{full} is not empty and does not hold an earlier export (no index.html and sitemap.xml), so --force will not empty it. Choose a new or empty folder.";
            }
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, ".export-static-probe");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Cannot write into {full}: {ex.Message}";
        }

        return null;
    }

    /// <summary>
    /// The command: starts the site in this process on a loopback port of its own (same store and settings
    /// as <c>dotnet run</c>), exports it, stops it. 0 when the archive is complete, 1 when some links were
    /// broken (the archive is written all the same), 2 for a bad folder or arguments.
    /// </summary>
    public static async Task<int> RunCommandAsync(WebApplication app, string[] args, TextWriter output)
    {
        var force = args.Contains("--force", StringComparer.Ordinal);
        var folders = args.Skip(1).Where(a => a != "--force").ToList();
        if (folders.Count != 1)
        {
            await output.WriteLineAsync("Usage:" + Environment.NewLine + Usage);
            return 2;
        }

        if (CheckDirectory(folders[0], force) is { } problem)
        {
            await output.WriteLineAsync(problem);
            return 2;
        }

        await app.Services.InitializeStoreAsync();
        await app.Services.PrepareStaffSetupAsync();
        app.UseSummitPipeline();
        app.MapSummitEndpoints();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromMinutes(2),
            };
            var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
            var export = new StaticExport(http, new Uri(site.PublicBaseUrl), folders[0]);
            if (force)
            {
                export.EmptyEarlierExport();
            }

            var summary = await export.WriteAsync(CancellationToken.None);
            await output.WriteLineAsync(Describe(summary, export.root));
            return summary.BrokenLinks.Count == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    public static string Describe(StaticExportSummary summary, string directory)
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"Exported {summary.Files} files ({Megabytes(summary.Bytes)}) and {summary.CompressedFiles} .br/.gz copies ({Megabytes(summary.CompressedBytes)}) to {directory} in {summary.Elapsed.TotalSeconds:0.0} s.");
        if (summary.QueryLinks.Count > 0)
        {
            text.AppendLine($"{summary.QueryLinks.Count} links carry a query string, which a static host ignores (the page is served without it), e.g. {summary.QueryLinks[0]}.");
        }

        if (summary.BrokenLinks.Count > 0)
        {
            text.AppendLine($"{summary.BrokenLinks.Count} links are broken on the live site too:");
            foreach (var link in summary.BrokenLinks)
            {
                text.AppendLine("  " + link);
            }
        }

        return text.ToString().TrimEnd();

        static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.0} MB";
    }

    /// <summary>Removes everything in the folder (which <see cref="CheckDirectory"/> found to hold an earlier export).</summary>
    public void EmptyEarlierExport()
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    public async Task<StaticExportSummary> WriteAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(root);
        foreach (var seed in new[] { "/", "/" + SiteLanguage.Ja.Tag(), SiteUrls.Routes.Robots, SiteUrls.Sitemap, SiteUrls.ApiDocs, SiteUrls.ApiOpenApi, "/favicon.ico" })
        {
            Enqueue(seed, "(start)");
        }

        // The short addresses people share (they redirect to the featured event's pages), kept as pages that
        // send the reader on; one the site does not answer (no communiqué yet) is simply left out.
        foreach (var language in SiteLanguages.All)
        {
            foreach (var shortAddress in new[] { SiteUrls.Routes.FeaturedProgram, SiteUrls.Routes.FeaturedCommunique })
            {
                Enqueue(SiteUrls.InLanguage(shortAddress, language), ShortAddress);
            }
        }

        // Four at a time: the site answers from its own cache, and the machine may be serving readers too.
        while (queue.Count > 0)
        {
            var batch = new List<string>();
            while (batch.Count < 4 && queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            var fetched = await Task.WhenAll(batch.Select(async path => (path, response: await FetchAsync(path, ct))));
            foreach (var (path, response) in fetched)
            {
                await KeepAsync(path, response, ct);
            }
        }

        await WriteNotFoundPagesAsync(ct);
        return new StaticExportSummary(fileCount, bytes, compressedCount, compressedBytes, clock.Elapsed, [.. broken], [.. queryLinks]);
    }

    private sealed record Fetched(HttpStatusCode Status, string? MediaType, byte[] Body, Uri? Location);

    private async Task<Fetched> FetchAsync(string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(path, ct);
        return new Fetched(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsByteArrayAsync(ct), response.Headers.Location);
    }

    private async Task KeepAsync(string path, Fetched response, CancellationToken ct)
    {
        var self = new Uri(publicBaseUrl, path);
        if (response.Status == HttpStatusCode.OK)
        {
            var file = FileFor(path, response.MediaType);
            await WriteFileAsync(file, response.Body, ct);
            if (IsText(response.MediaType))
            {
                var text = Encoding.UTF8.GetString(response.Body);
                foreach (var link in LinksIn(text, response.MediaType!, self))
                {
                    Follow(link, path);
                }
            }
        }
        else if ((int)response.Status is >= 300 and < 400 && response.Location is { } location)
        {
            var target = new Uri(self, location);
            var shown = IsSameSite(target) ? target.PathAndQuery + target.Fragment : target.ToString();
            await WriteFileAsync(FileFor(path, "text/html"), Encoding.UTF8.GetBytes(RedirectPage(shown)), ct);
            Follow(target, path);
        }
        else if (referrers[path] != ShortAddress)
        {
            broken.Add($"{path} ({(int)response.Status}, linked from {referrers[path]})");
        }
    }

    /// <summary>404.html and ja/404.html: the not-found page of each language, as the site shows it.</summary>
    private async Task WriteNotFoundPagesAsync(CancellationToken ct)
    {
        foreach (var language in SiteLanguages.All)
        {
            var path = SiteUrls.InLanguage(NotFoundProbe, language);
            var response = await FetchAsync(path, ct);
            if (response.Status != HttpStatusCode.NotFound || !IsText(response.MediaType))
            {
                throw new InvalidOperationException($"{path} answered {(int)response.Status}, not the not-found page.");
            }

            await WriteFileAsync(path.TrimStart('/') + ".html", response.Body, ct);
        }
    }

    private void Follow(Uri link, string from)
    {
        if (!IsSameSite(link))
        {
            return;
        }

        var path = link.AbsolutePath;
        if (link.Query.Length > 0)
        {
            queryLinks.Add(link.PathAndQuery);
        }

        // Staff pages are not part of the public site (robots.txt keeps crawlers out of them too).
        if (path.StartsWith("/admin", StringComparison.Ordinal) && (path.Length == 6 || path[6] == '/'))
        {
            return;
        }

        Enqueue(path, from);
    }

    private void Enqueue(string path, string from)
    {
        if (referrers.TryAdd(path, from))
        {
            queue.Enqueue(path);
        }
    }

    private bool IsSameSite(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (SameOrigin(uri, publicBaseUrl) || (client.BaseAddress is { } local && SameOrigin(uri, local)));

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.Scheme == b.Scheme;

    /// <summary>Every address named in a text file: HTML attributes, CSS url(…), absolute addresses anywhere.</summary>
    public static IEnumerable<Uri> LinksIn(string text, string mediaType, Uri self)
    {
        var values = new List<string>();
        if (mediaType == "text/html")
        {
            foreach (Match match in HtmlAttribute().Matches(text))
            {
                var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
                if (match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase))
                {
                    values.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(candidate => candidate.Split(' ')[0]));
                }
                else if (!match.Groups["name"].Value.Equals("content", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/') || value.StartsWith("http", StringComparison.Ordinal))
                {
                    values.Add(value);
                }
            }
        }
        else if (mediaType == "text/css")
        {
            values.AddRange(CssUrl().Matches(text).Select(m => m.Groups["value"].Value));
        }

        // iCalendar folds long lines ("\r\n" and a space); unfolded, an address is whole again.
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        // An address at the end of a sentence in running text does not include the full stop.
        values.AddRange(AbsoluteUrl().Matches(unfolded).Select(m => WebUtility.HtmlDecode(m.Value).TrimEnd('.', ',', ';', ':', '!', '?')));

        foreach (var value in values)
        {
            if (value.Length == 0 || value.StartsWith('#') || value.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }

            if (Uri.TryCreate(self, value, out var uri))
            {
                yield return uri;
            }
        }
    }

    /// <summary>
    /// The file that answers <paramref name="path"/> on a static host: "/" → index.html, a city's page →
    /// cities/{slug}/index.html (index.json for JSON), "/sitemap.xml" → sitemap.xml.
    /// </summary>
    public static string FileFor(string path, string? mediaType)
    {
        var segments = Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0')))
        {
            throw new InvalidOperationException($"{path} cannot be written as a file.");
        }

        if (segments.Length > 0 && segments[^1].Contains('.'))
        {
            return string.Join('/', segments);
        }

        var index = mediaType switch
        {
            "application/json" or "application/problem+json" => "index.json",
            "application/xml" or "text/xml" => "index.xml",
            "text/plain" => "index.txt",
            _ => "index.html",
        };
        return string.Join('/', [.. segments, index]);
    }

    private async Task WriteFileAsync(string relative, byte[] body, CancellationToken ct)
    {
        if (files.TryGetValue(relative, out _))
        {
            return;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relative} is outside {root}.");
        }

        files[relative] = full;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, body, ct);
        fileCount++;
        bytes += body.Length;
        if (CompressedExtensions.Contains(Path.GetExtension(full)))
        {
            return;
        }

        var brotli = Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize));
        var gzip = Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize));
        await File.WriteAllBytesAsync(full + ".br", brotli, ct);
        await File.WriteAllBytesAsync(full + ".gz", gzip, ct);
        compressedCount += 2;
        compressedBytes += brotli.Length + gzip.Length;
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(body);
        }

        return buffer.ToArray();
    }

    private static bool IsText(string? mediaType) =>
        mediaType is not null && (mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType.EndsWith("json", StringComparison.Ordinal) || mediaType.EndsWith("xml", StringComparison.Ordinal));

    /// <summary>What a static host serves at an address the site redirects from.</summary>
    private static string RedirectPage(string target)
    {
        var encoded = WebUtility.HtmlEncode(target);
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Moved</title>
            <meta name="robots" content="noindex"><link rel="canonical" href="{encoded}">
            <meta http-equiv="refresh" content="0; url={encoded}"></head>
            <body><p>This page is now at <a href="{encoded}">{encoded}</a>.</p></body></html>

            """;
    }

    [GeneratedRegex(@"\s(?<name>href|src|srcset|poster|action|content)\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();

    [GeneratedRegex("""url\(\s*['"]?(?<value>[^'")\s]+)['"]?\s*\)""")]
    private static partial Regex CssUrl();

    // Ends at what cannot be part of one of the site's URLs: quotes (also HTML-escaped ones, as in the
    // program page's embed code), brackets and commas (the cities CSV puts a label right after a URL).
    [GeneratedRegex("""https?://(?:(?!&quot;|&#34;|&lt;|&gt;)[^\s"'<>\\)\],])+""")]
    private static partial Regex AbsoluteUrl();
}
