using System.Net;
using System.Net.Http.Headers;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Seo;

public sealed class HttpBehaviourTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Theory]
    [InlineData("/cities/tokyo/", "/cities/tokyo")]
    [InlineData("/Cities/Tokyo", "/cities/tokyo")]
    [InlineData("/EVENTS/leaders-summit-2023/Program/", "/events/leaders-summit-2023/program")]
    [InlineData("/about/?ref=newsletter", "/about?ref=newsletter")]
    public async Task Case_and_trailing_slash_variants_redirect_permanently_to_the_one_address(string variant, string canonical)
    {
        using var response = await factory.CreateVisitor().GetAsync(variant);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_double_slash_address_is_never_turned_into_a_redirect_to_another_site()
    {
        using var response = await factory.CreateVisitor().GetAsync("//evil.example/");

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Theory]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0A/evil.example/")]
    [InlineData("/%0D%0A/evil.example/")]
    [InlineData("/%5C/evil.example/")]
    [InlineData("/%E2%80%A8/evil.example/")]
    public async Task An_address_that_a_browser_could_read_as_another_host_is_not_found_instead_of_redirected(string url)
    {
        using var response = await factory.CreateVisitor().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/%C3%A9/", "/%C3%A9")]
    [InlineData("/cities/S%C3%A3o-Paulo", "/cities/s%C3%A3o-paulo")]
    [InlineData("/Cities/Tokyo?q=S%C3%A3o", "/cities/tokyo?q=S%C3%A3o")]
    public async Task A_non_ASCII_address_redirects_to_its_percent_encoded_lowercase_form(string variant, string canonical)
    {
        using var response = await factory.CreateVisitor().GetAsync(variant);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_page_in_the_sitemap_answers_HEAD_like_GET_without_a_body()
    {
        var client = factory.CreateVisitor();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.True(paths.Count > 40);

        foreach (var path in paths.Append("/sitemap.xml").Append("/robots.txt").Append("/events/leaders-summit-2023/program.ics"))
        {
            using var get = await client.GetAsync(path);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {path} answered {(int)head.StatusCode}");
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task HEAD_of_a_missing_page_answers_404()
    {
        using var response = await factory.CreateVisitor().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/cities/atlantis"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_page_carries_an_ETag_and_Last_Modified_and_answers_304_to_revalidation()
    {
        var client = factory.CreateVisitor();
        using var first = await client.GetAsync("/cities/paris");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byEtag = new HttpRequestMessage(HttpMethod.Get, "/cities/paris");
        byEtag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(byEtag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/cities/paris");
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await client.SendAsync(byDate);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
        var cityUpdated = await factory.WithStoreAsync(db => db.Cities.Where(c => c.Slug == "paris").Select(c => c.UpdatedAtUtc).SingleAsync());
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(cityUpdated, DateTimeKind.Utc)).ToUnixTimeSeconds(), lastModified.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task After_an_edit_the_old_ETag_no_longer_matches()
    {
        var client = factory.CreateVisitor();
        using var first = await client.GetAsync("/cities/rome");
        await factory.WithStoreAsync(async db =>
        {
            (await db.Cities.SingleAsync(c => c.Slug == "rome")).Country = "Italy (Lazio)";
            await db.SaveChangesAsync();
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/cities/rome");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Contains("Italy (Lazio)", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_or_gzip()
    {
        var client = factory.CreateVisitor();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/events/leaders-summit-2023/program");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);

            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        }
    }

    [Fact]
    public async Task Stylesheets_and_scripts_are_fingerprinted_and_cached_for_good()
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync("/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();

        Assert.Equal(2, assets.Count);
        foreach (var asset in assets)
        {
            Assert.Matches(@"^/(css|js)/site\.[a-z0-9]{8,}\.(css|js)$", asset);
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        }
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("gzip, deflate, br, zstd")]
    [InlineData("identity")]
    public async Task Stylesheets_and_scripts_answer_the_bytes_of_their_file_whatever_encoding_the_browser_accepts(string acceptEncoding)
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync("/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            using var decoded = encoding switch
            {
                "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
                "br" => new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
                null => (Stream)new MemoryStream(body),
                _ => throw new InvalidOperationException($"{asset}: unexpected Content-Encoding {encoding}"),
            };
            using var bytes = new MemoryStream();
            await decoded.CopyToAsync(bytes);

            // "/css/site.abc123.css" is wwwroot/css/site.css.
            var file = System.Text.RegularExpressions.Regex.Replace(asset, @"\.[a-z0-9]+(\.(css|js))$", "$1");
            var expected = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "src", "GNets.Summit.Web", "wwwroot", file.TrimStart('/')));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(expected.AsSpan().SequenceEqual(bytes.ToArray()), $"{asset} with Accept-Encoding {acceptEncoding} ({encoding ?? "identity"}) answered {body.Length} bytes that are not {file}");
        }
    }

    [Fact]
    public async Task No_page_loads_anything_from_another_site()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        var external = page.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => u.StartsWith("http", StringComparison.Ordinal) || u.StartsWith("//", StringComparison.Ordinal))
            .Where(u => !u.StartsWith(SummitFactory.PublicBaseUrl, StringComparison.Ordinal));
        Assert.Empty(external);
    }
}
