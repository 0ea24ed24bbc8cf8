using System.Net;
using System.Xml.Linq;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Seo;

public sealed class SitemapTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<List<(string Loc, string LastMod)>> SitemapAsync()
    {
        var xml = XDocument.Parse(await factory.CreateVisitor().GetStringAsync("/sitemap.xml"));
        return xml.Root!.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")!.Value)).ToList();
    }

    [Fact]
    public async Task Lists_every_public_page_once_at_its_canonical_address_and_each_answers_200()
    {
        var entries = await SitemapAsync();
        var paths = entries.Select(e => e.Loc.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal)).ToList();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Contains("/", paths);
        Assert.Contains("/events/leaders-summit-2023/program", paths);
        Assert.Contains("/events/leaders-summit-2023/program/session-6", paths);
        Assert.Contains("/events/leaders-summit-2023/communique", paths);
        Assert.Contains("/cities/sao-paulo", paths);
        Assert.Contains("/people/mari-christine", paths);
        Assert.Contains("/about", paths);
        Assert.DoesNotContain("/events/leaders-summit-2023", paths);
        // Every city of content/cities.yml: the 34 of the 1st Leaders Summit and those of the other meetings.
        Assert.Equal(69, paths.Count(p => p.StartsWith("/cities/", StringComparison.Ordinal)));
        Assert.Equal(12, paths.Count(p => p.StartsWith("/events/leaders-summit-2023/program/", StringComparison.Ordinal)));
        var client = factory.CreateVisitor();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Has_no_priority_or_changefreq_noise()
    {
        var xml = await factory.CreateVisitor().GetStringAsync("/sitemap.xml");

        Assert.DoesNotContain("priority", xml);
        Assert.DoesNotContain("changefreq", xml);
    }

    [Fact]
    public async Task Lastmod_is_the_time_the_data_last_changed()
    {
        var updated = await factory.WithStoreAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Slug == "singapore");
            city.Country = "Republic of Singapore";
            await db.SaveChangesAsync();
            return city.UpdatedAtUtc;
        });

        var entry = (await SitemapAsync()).Single(e => e.Loc == SummitFactory.PublicBaseUrl + "/cities/singapore");

        Assert.Equal(updated.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), entry.LastMod);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_admin_and_points_at_the_sitemap()
    {
        var robots = await factory.CreateVisitor().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains($"Sitemap: {SummitFactory.PublicBaseUrl}/sitemap.xml", robots);
    }
}
