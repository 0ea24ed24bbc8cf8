using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Seo;

/// <summary>
/// The static archive (export-static): written once from a fresh store, then read as files and served by a
/// real nginx with the README's configuration.
/// </summary>
public sealed class StaticArchiveTests(StaticArchiveTests.Archive archive) : IClassFixture<StaticArchiveTests.Archive>
{
    [Fact]
    public void The_export_finds_no_broken_link_and_no_link_a_static_host_cannot_answer()
    {
        Assert.Empty(archive.Summary.BrokenLinks);
        Assert.Empty(archive.Summary.QueryLinks);
        Assert.True(archive.Summary.Files > 100, StaticExport.Describe(archive.Summary, archive.Directory));
    }

    [Fact]
    public void Every_sitemap_address_in_both_languages_has_its_file()
    {
        var paths = archive.SitemapPaths;

        Assert.Contains("/", paths);
        Assert.Contains("/ja", paths);
        Assert.Contains(paths, p => p.StartsWith("/ja/cities/", StringComparison.Ordinal));
        var missing = paths.Where(p => !File.Exists(archive.FileOf(StaticExport.FileFor(p, "text/html")))).ToList();
        Assert.True(missing.Count == 0, "No file for: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_archive_holds_the_feeds_calendars_open_data_assets_and_both_not_found_pages()
    {
        foreach (var file in new[]
                 {
                     "robots.txt", "sitemap.xml", "favicon.ico", "404.html", "ja/404.html", "api/v1/openapi.json", "api/v1/events/index.json",
                     "api/v1/cities.csv", "api/v1/cities/tokyo/index.json", "events/leaders-summit-2023/program.ics",
                     "events/leaders-summit-2023/schedule.xml", "events/leaders-summit-2023/schedule.json", "img/share.png",
                 })
        {
            Assert.True(File.Exists(archive.FileOf(file)), $"{file} is missing from the archive");
        }

        Assert.Single(Directory.GetFiles(archive.FileOf("css"), "site.*.css"));
        var images = Directory.GetFiles(archive.FileOf("media"), "*.webp", SearchOption.AllDirectories);
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.False(File.Exists(image + ".gz"), "a WebP is not compressed again"));
        Assert.Contains("Page not found", File.ReadAllText(archive.FileOf("404.html")));
        Assert.False(Directory.Exists(archive.FileOf("admin")), "staff pages are not part of the archive");
    }

    [Theory]
    [InlineData("program/index.html", "/events/leaders-summit-2023/program")]
    [InlineData("ja/program/index.html", "/ja/events/leaders-summit-2023/program")]
    public void A_short_address_people_share_becomes_a_page_that_sends_the_reader_on(string file, string target)
    {
        var page = Html.Parse(File.ReadAllText(archive.FileOf(file)));

        Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal(target, page.QuerySelector("main a, body a")?.GetAttribute("href"));
    }

    [Fact]
    public void Every_same_site_link_in_the_archive_leads_to_an_exported_file()
    {
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(archive.Directory, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(archive.Directory, file).Replace('\\', '/');
            // The not-found pages' language switch names "/404" and "/ja/404": a static host answers them with
            // that page (error_page), which the nginx test checks.
            var isNotFoundPage = relative is "404.html" or "ja/404.html";
            var self = new Uri(archive.PublicBase, "/" + relative);
            foreach (var link in StaticExport.LinksIn(File.ReadAllText(file), "text/html", self))
            {
                if (link.Host != archive.PublicBase.Host || (isNotFoundPage && link.AbsolutePath.EndsWith("/404", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (!archive.Answers(link.AbsolutePath))
                {
                    broken.Add($"{link.AbsolutePath} (in {relative})");
                }
            }
        }

        Assert.True(broken.Count == 0, "Links without a file: " + string.Join(", ", broken));
    }

    [Fact]
    public void Every_text_file_has_brotli_and_gzip_copies_holding_the_same_bytes()
    {
        var originals = Directory.EnumerateFiles(archive.Directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is not (".br" or ".gz" or ".png" or ".webp"))
            .ToList();
        Assert.NotEmpty(originals);
        foreach (var file in originals)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, Decompress(file + ".br", s => new BrotliStream(s, CompressionMode.Decompress)));
            Assert.Equal(bytes, Decompress(file + ".gz", s => new GZipStream(s, CompressionMode.Decompress)));
        }
    }

    [Theory]
    [InlineData("a-file.txt", false, "is a file")]
    [InlineData("full", false, "is not empty")]
    [InlineData("full", true, "does not hold an earlier export")]
    public void A_folder_that_cannot_take_the_archive_is_refused_with_a_reason(string name, bool force, string reason)
    {
        var folder = Path.Combine(archive.Factory.WorkDirectory, "refused-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "full"));
        File.WriteAllText(Path.Combine(folder, "full", "notes.txt"), "someone's files");
        File.WriteAllText(Path.Combine(folder, "a-file.txt"), "a file");

        Assert.Contains(reason, StaticExport.CheckDirectory(Path.Combine(folder, name), force));
        Assert.True(File.Exists(Path.Combine(folder, "full", "notes.txt")), "nothing is deleted");
    }

    [Fact]
    public void An_earlier_export_may_be_replaced_with_force_and_a_new_folder_is_accepted()
    {
        Assert.Null(StaticExport.CheckDirectory(archive.Directory, force: true));
        Assert.Contains("is not empty", StaticExport.CheckDirectory(archive.Directory, force: false));
        Assert.Null(StaticExport.CheckDirectory(Path.Combine(archive.Factory.WorkDirectory, "new", "folder"), force: false));
    }

    [Theory]
    [InlineData("a-file", "is a file")]
    [InlineData(null, "export-static <DIR> [--force]")]
    public async Task The_command_refuses_bad_arguments_with_exit_code_2_and_the_reason(string? folder, string reason)
    {
        var file = Path.Combine(archive.Factory.WorkDirectory, "a-file");
        File.WriteAllText(file, "not a folder");
        await using var app = WebApplication.CreateBuilder().Build();
        var output = new StringWriter();

        var code = await StaticExport.RunCommandAsync(app, folder is null ? ["export-static"] : ["export-static", Path.Combine(archive.Factory.WorkDirectory, folder)], output);

        Assert.Equal(2, code);
        Assert.Contains(reason, output.ToString());
    }

    [NginxFact]
    public async Task Served_by_nginx_every_sitemap_address_answers_200_with_the_live_sites_main_content()
    {
        var nginx = await archive.NginxAsync();
        var live = archive.Factory.CreateVisitor();
        var differences = new List<string>();
        foreach (var path in archive.SitemapPaths)
        {
            using var served = await nginx.GetAsync(path);
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"nginx answered {(int)served.StatusCode} for {path}");
            Assert.Equal("text/html", served.Content.Headers.ContentType?.MediaType);
            var staticMain = Html.Parse(await served.Content.ReadAsStringAsync()).QuerySelector("main")?.InnerHtml;
            var liveMain = (await live.GetPageAsync(path)).QuerySelector("main")?.InnerHtml;
            Assert.NotNull(liveMain);
            if (staticMain != liveMain)
            {
                differences.Add(path);
            }
        }

        Assert.True(differences.Count == 0, "The main content differs from the live site on: " + string.Join(", ", differences));
    }

    [NginxFact]
    public async Task Served_by_nginx_feeds_calendars_and_open_data_have_their_types_and_come_precompressed()
    {
        var nginx = await archive.NginxAsync();

        foreach (var (path, type) in new[]
                 {
                     ("/sitemap.xml", "text/xml"), ("/robots.txt", "text/plain"), ("/events/leaders-summit-2023/program.ics", "text/calendar"),
                     ("/api/v1/events", "application/json"), ("/api/v1/cities.csv", "text/csv"), ("/api/v1/openapi.json", "application/json"),
                     ("/" + Path.GetRelativePath(archive.Directory, Directory.GetFiles(archive.FileOf("media"), "*.webp", SearchOption.AllDirectories)[0]).Replace('\\', '/'), "image/webp"),
                 })
        {
            using var response = await nginx.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"nginx answered {(int)response.StatusCode} for {path}");
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }

        using var raw = new HttpClient { BaseAddress = nginx.BaseAddress };
        foreach (var encoding in archive.NginxHasBrotli ? new[] { "gzip", "br" } : ["gzip"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/cities/tokyo");
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await raw.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [NginxFact]
    public async Task Served_by_nginx_pages_carry_the_live_sites_security_headers_and_hashed_assets_are_kept_a_year()
    {
        var nginx = await archive.NginxAsync();
        using var live = await archive.Factory.CreateVisitor().GetAsync("/cities/tokyo");
        using var served = await nginx.GetAsync("/cities/tokyo");

        foreach (var header in new[] { "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Content-Security-Policy", "Permissions-Policy" })
        {
            Assert.True(live.Headers.TryGetValues(header, out var expected), $"the live site sends no {header}");
            Assert.True(served.Headers.TryGetValues(header, out var actual), $"nginx with the README's block sends no {header}");
            Assert.Equal(expected, actual);
        }

        var css = "/css/" + Path.GetFileName(Directory.GetFiles(archive.FileOf("css"), "site.*.css").Single());
        using var stylesheet = await nginx.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), stylesheet.Headers.CacheControl?.MaxAge);
        Assert.True(stylesheet.Headers.Contains("Content-Security-Policy"), "the asset location keeps the site's headers");
    }

    [NginxFact]
    public async Task Served_by_nginx_an_unknown_address_answers_404_with_the_not_found_page_of_its_language()
    {
        var nginx = await archive.NginxAsync();

        foreach (var (path, heading) in new[] { ("/no-such-page", "Page not found"), ("/404", "Page not found"), ("/ja/no-such-page", "ページが見つかりません"), ("/ja/404", "ページが見つかりません") })
        {
            using var response = await nginx.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(heading, page.QuerySelector("h1")!.TextOf());
        }
    }

    private static byte[] Decompress(string file, Func<Stream, Stream> decompressor)
    {
        Assert.True(File.Exists(file), $"{file} is missing");
        using var stream = decompressor(File.OpenRead(file));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Runs only where Debian's nginx is installed (.ci/run installs it and sets REQUIRE_NGINX=1, which forbids skipping).</summary>
    public sealed class NginxFactAttribute : FactAttribute
    {
        public NginxFactAttribute()
        {
            if (!File.Exists(Archive.NginxPath) && Environment.GetEnvironmentVariable("REQUIRE_NGINX") != "1")
            {
                Skip = $"nginx is not installed at {Archive.NginxPath}: `apt-get install nginx` (as .ci/run does) to serve the archive.";
            }
        }
    }

    /// <summary>One export of a fresh store for the whole class, and an nginx serving it when a test asks.</summary>
    public sealed class Archive : IAsyncLifetime, IDisposable
    {
        public const string NginxPath = "/usr/sbin/nginx";

        private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

        private readonly SemaphoreSlim nginxStart = new(1, 1);
        private Process? nginx;
        private HttpClient? nginxClient;

        public SummitFactory Factory { get; } = new();

        public Uri PublicBase { get; } = new(SummitFactory.PublicBaseUrl);

        public string Directory => Path.Combine(Factory.WorkDirectory, "archive");

        public StaticExportSummary Summary { get; private set; } = null!;

        public IReadOnlyList<string> SitemapPaths { get; private set; } = [];

        public bool NginxHasBrotli => File.Exists(BrotliModule);

        public string FileOf(string relative) => Path.Combine(Directory, relative);

        /// <summary>Whether a static host has a file for <paramref name="path"/> (as nginx's try_files looks).</summary>
        public bool Answers(string path)
        {
            var local = Uri.UnescapeDataString(path).TrimStart('/');
            return (local.Length > 0 && File.Exists(FileOf(local)))
                   || File.Exists(FileOf(Path.Combine(local, "index.html")))
                   || File.Exists(FileOf(Path.Combine(local, "index.json")));
        }

        public async Task InitializeAsync()
        {
            await GiveCoverAsync();
            using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Summary = await new StaticExport(client, PublicBase, Directory).WriteAsync(CancellationToken.None);
            SitemapPaths = XDocument.Load(FileOf("sitemap.xml")).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
                .Select(loc => new Uri(loc.Value).AbsolutePath).ToList();
        }

        /// <summary>A library photo as the featured event's cover, so the archive has uploaded images (/media/…webp, in a srcset) to carry.</summary>
        private async Task GiveCoverAsync()
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var png = TestImages.Png(1000, 600);
            var file = new FormFile(new MemoryStream(png), 0, png.Length, "file", "portrait.png")
            {
                Headers = new HeaderDictionary(),
                ContentType = "image/png",
            };
            var upload = await scope.ServiceProvider.GetRequiredService<ImageStore>()
                .StageForLibraryAsync(file, "A test cover", null, null, "tests", CancellationToken.None);
            var featured = await db.Events.SingleAsync(e => e.IsFeatured);
            featured.Image = upload.Image ?? throw new InvalidOperationException(upload.Error);
            featured.ImageAlt = "A test cover";
            await db.SaveChangesAsync();
        }

        /// <summary>nginx with the README's configuration, on a free loopback port, as this user, with its files in the work folder.</summary>
        public async Task<HttpClient> NginxAsync()
        {
            await nginxStart.WaitAsync();
            try
            {
                if (nginxClient is not null)
                {
                    return nginxClient;
                }

                var port = FreePort();
                var folder = Path.Combine(Factory.WorkDirectory, "nginx");
                System.IO.Directory.CreateDirectory(folder);
                var config = Path.Combine(folder, "nginx.conf");
                await File.WriteAllTextAsync(config, Configuration(folder, port));
                nginx = Process.Start(new ProcessStartInfo(NginxPath)
                {
                    ArgumentList = { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" },
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                })!;
                var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = false })
                {
                    BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                };
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        using var response = await client.GetAsync("/robots.txt");
                        break;
                    }
                    catch (HttpRequestException) when (attempt < 100 && !nginx.HasExited)
                    {
                        await Task.Delay(100);
                    }
                    catch (HttpRequestException ex)
                    {
                        var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                        throw new InvalidOperationException($"nginx did not start: {log} {await nginx.StandardError.ReadToEndAsync()}", ex);
                    }
                }

                return nginxClient = client;
            }
            finally
            {
                nginxStart.Release();
            }
        }

        /// <summary>The README's server block ("Scaling out → A static archive"), around it what a private nginx needs.</summary>
        private string Configuration(string folder, int port)
        {
            var config = new StringBuilder();
            if (NginxHasBrotli)
            {
                config.AppendLine($"load_module {BrotliModule};");
            }

            if (Environment.UserName == "root")
            {
                // Workers as root too: they read files the tests wrote (the default, nobody, may not).
                config.AppendLine("user root root;");
            }

            config.AppendLine($$"""
                worker_processes 1;
                pid {{folder}}/nginx.pid;
                events { worker_connections 64; }
                http {
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path {{folder}}/body;
                    proxy_temp_path {{folder}}/proxy;
                    fastcgi_temp_path {{folder}}/fastcgi;
                    uwsgi_temp_path {{folder}}/uwsgi;
                    scgi_temp_path {{folder}}/scgi;
                {{ServerBlock(port)}}
                }
                """);
            return config.ToString();
        }

        /// <summary>
        /// The README's server block (section "A static archive"), with this test's port and folder; without the
        /// brotli module, brotli_static is left out.
        /// </summary>
        private string ServerBlock(int port)
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
            var section = readme[readme.IndexOf("### A static archive", StringComparison.Ordinal)..];
            var start = section.IndexOf("```nginx", StringComparison.Ordinal) + "```nginx".Length;
            var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
            Assert.Contains("listen 80;", block);
            Assert.Contains("root /srv/gnets-archive;", block);
            block = block.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
                .Replace("root /srv/gnets-archive;", $"root {Directory};", StringComparison.Ordinal);
            return NginxHasBrotli ? block : block.Replace("brotli_static on;", "# brotli_static on;", StringComparison.Ordinal);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async Task DisposeAsync()
        {
            nginxClient?.Dispose();
            if (nginx is { HasExited: false })
            {
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync();
            }

            nginx?.Dispose();
            await Factory.DisposeAsync();
        }

        public void Dispose() => nginxStart.Dispose();
    }
}
