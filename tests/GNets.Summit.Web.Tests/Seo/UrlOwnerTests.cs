using System.Net;
using System.Text.RegularExpressions;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Seo;

/// <summary>SiteUrls is the one owner of public URLs: nothing else writes them, and everything it writes answers.</summary>
public sealed class UrlOwnerTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "GNets.Summit.Web");

    [Fact]
    public void No_source_file_but_SiteUrls_writes_a_public_path()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "pages"), "*.md").Select(Path.GetFileNameWithoutExtension);
        var literal = new Regex(
            $"\"/(cities|people|events|program|communique|media|api|{string.Join('|', pages)})\\b" // "/cities/…", "/about"
            + "|\\$\"/\\{" // $"/{slug}"
            + "|\"/\" \\+ [\\w.]*Slug" // "/" + slug
            + "|href=\"/(\"|@)", // href="/" and href="/@slug" in views
            RegexOptions.CultureInvariant);
        var files = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "SiteUrls.cs")
            .ToList();
        Assert.True(files.Count > 50);

        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line.Trim())))
            .Where(l => literal.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Web, l.File)}:{l.Line}: {l.Text}")
            .ToList();
        Assert.True(offenders.Count == 0, "Public paths written outside SiteUrls:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_route_template_of_SiteUrls_is_the_route_of_an_endpoint()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
        // MVC reads "[[" in an attribute route as a literal "[".
        var templates = typeof(SiteUrls.Routes).GetFields()
            .Select(f => ((string)f.GetRawConstantValue()!).Replace("[[", "[", StringComparison.Ordinal).Replace("]]", "]", StringComparison.Ordinal))
            .ToList();

        Assert.True(templates.Count > 15);
        Assert.All(templates, t => Assert.Contains(t, routes));
    }

    [Fact]
    public async Task Every_kind_of_address_SiteUrls_writes_answers_200_and_its_anchors_exist()
    {
        var facts = await factory.WithStoreAsync(async db => new
        {
            Event = await db.Events.Where(e => e.IsFeatured).Select(e => e.Slug).SingleAsync(),
            // The featured event's own item and day: other meetings have programs too.
            Item = await db.ProgramItems.Where(i => i.Event.IsFeatured).OrderBy(i => i.Id).Select(i => i.Slug).FirstAsync(),
            Day = await db.ProgramDays.Where(d => d.Event.IsFeatured).OrderBy(d => d.Date).Select(d => d.Date).FirstAsync(),
            Section = await db.CommuniqueSections.OrderBy(s => s.SortOrder).Select(s => s.Slug).FirstAsync(),
            City = await db.Cities.OrderBy(c => c.Slug).Select(c => c.Slug).FirstAsync(),
            Person = await db.People.OrderBy(p => p.Slug).Select(p => p.Slug).FirstAsync(),
            Page = await db.Pages.OrderBy(p => p.Slug).Select(p => p.Slug).FirstAsync(),
        });
        string[] addresses =
        [
            SiteUrls.Home, SiteUrls.Events, SiteUrls.Event(facts.Event), SiteUrls.AllCities, SiteUrls.AllPeople,
            SiteUrls.Program(facts.Event), SiteUrls.ProgramItem(facts.Event, facts.Item),
            SiteUrls.ProgramCalendar(facts.Event), SiteUrls.ProgramItemCalendar(facts.Event, facts.Item),
            SiteUrls.Cities(facts.Event), SiteUrls.City(facts.City), SiteUrls.People(facts.Event), SiteUrls.Person(facts.Person),
            SiteUrls.Communique(facts.Event), SiteUrls.Page(facts.Page), SiteUrls.Sitemap,
        ];
        var client = factory.CreateVisitor();

        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        }

        foreach (var anchored in new[] { SiteUrls.ProgramDay(facts.Event, facts.Day), SiteUrls.CommuniqueSection(facts.Event, facts.Section) })
        {
            var (path, id) = (anchored.Split('#')[0], anchored.Split('#')[1]);
            var page = await client.GetPageAsync(path);
            Assert.True(page.GetElementById(id) is not null, $"{path} has no element #{id}");
        }

        // The featured event's overview is at its own address, not redirected: the home page is the network's.
        using var featured = await client.GetAsync(SiteUrls.Event(facts.Event));
        Assert.Null(featured.Headers.Location);
    }
}
