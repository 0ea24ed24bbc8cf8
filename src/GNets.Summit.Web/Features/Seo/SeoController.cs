using System.Globalization;
using System.Text;
using System.Xml;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Seo;

public sealed record SitemapEntry(string Path, DateTime LastModifiedUtc);

/// <summary>
/// robots.txt and sitemap.xml, from the store: every public page in both languages, with the date its data
/// last changed. One of each for the whole site (as search engines expect), so none under "/ja".
/// </summary>
[EnglishOnly]
public sealed class SeoController(SummitDbContext db, IOptions<SiteOptions> site) : PublicController
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    [HttpGet(SiteUrls.Routes.Robots)]
    public ContentResult Robots() => Content(
        $"""
        User-agent: *
        Disallow: /admin
        Allow: /

        Sitemap: {site.Value.Absolute(SiteUrls.Sitemap)}

        """, "text/plain; charset=utf-8");

    [HttpGet(SiteUrls.Routes.Sitemap)]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var entries = await EntriesAsync(ct);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        await using var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, settings))
        {
            await writer.WriteStartDocumentAsync();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            // Each page once per language, each entry naming all its language versions (and x-default,
            // the English), as Google's sitemap hreflang asks: every entry lists the same set.
            foreach (var language in SiteLanguages.All)
            {
                foreach (var entry in entries)
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", site.Value.Absolute(SiteUrls.InLanguage(entry.Path, language)));
                    writer.WriteElementString("lastmod", entry.LastModifiedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    foreach (var (hreflang, version) in SiteLanguages.All.Select(l => (l.Tag(), l)).Append(("x-default", SiteLanguage.En)))
                    {
                        writer.WriteStartElement("xhtml", "link", Xhtml);
                        writer.WriteAttributeString("rel", "alternate");
                        writer.WriteAttributeString("hreflang", hreflang);
                        writer.WriteAttributeString("href", site.Value.Absolute(SiteUrls.InLanguage(entry.Path, version)));
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
            await writer.WriteEndDocumentAsync();
        }

        return File(stream.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>
    /// Every public page once, at its canonical address in the language being served (always English:
    /// the sitemap is not served under "/ja"; <see cref="SiteUrls.InLanguage"/> gives the Japanese). Flat queries, one per kind of row: joining
    /// them all into one would multiply the rows (sections × days × items × cities × people).
    /// </summary>
    internal async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.StartDate)
            .Select(e => new
            {
                e.Id, e.Slug, e.UpdatedAtUtc,
                HasCommunique = e.Communique != null && e.Communique.IsPublished,
                CommuniqueUpdated = e.Communique != null ? (DateTime?)e.Communique.UpdatedAtUtc : null,
                SectionsUpdated = e.Communique != null ? e.Communique.Sections.Max(s => (DateTime?)s.UpdatedAtUtc) : null,
                DaysUpdated = e.Days.Max(d => (DateTime?)d.UpdatedAtUtc),
                CitiesUpdated = e.Participations.Max(p => (DateTime?)p.City.UpdatedAtUtc),
            })
            .ToListAsync(ct);
        var items = await db.ProgramItems.AsNoTracking()
            .OrderBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new { i.EventId, i.Slug, i.UpdatedAtUtc }).ToListAsync(ct);
        var roles = await db.ProgramItemPeople.AsNoTracking()
            .Select(p => new { p.ProgramItem.EventId, p.Person.UpdatedAtUtc }).ToListAsync(ct);
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Slug).Select(c => new { c.Slug, c.UpdatedAtUtc }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync(ct);
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync(ct);
        var news = await db.NewsPosts.AsNoTracking().Where(p => p.IsPublished).OrderByDescending(p => p.PublishedOn)
            .Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync(ct);

        static DateTime Latest(DateTime first, IEnumerable<DateTime?> rest) => rest.OfType<DateTime>().Append(first).Max();
        var entries = new List<SitemapEntry>();
        var citiesUpdated = cities.Count == 0 ? (DateTime?)null : cities.Max(c => c.UpdatedAtUtc);
        var allPeopleUpdated = people.Count == 0 ? (DateTime?)null : people.Max(p => p.UpdatedAtUtc);
        // The network's home, timeline, cities and people: every meeting's and city's changes show there.
        var networkUpdated = Latest(DateTime.MinValue, [.. events.Select(e => (DateTime?)e.UpdatedAtUtc), citiesUpdated]);
        entries.Add(new(SiteUrls.Home, networkUpdated));
        entries.Add(new(SiteUrls.Events, networkUpdated));
        entries.Add(new(SiteUrls.AllCities, networkUpdated));
        entries.Add(new(SiteUrls.AllPeople, Latest(DateTime.MinValue, [.. events.Select(e => (DateTime?)e.UpdatedAtUtc), allPeopleUpdated])));

        foreach (var e in events)
        {
            var eventItems = items.Where(i => i.EventId == e.Id).ToList();
            var itemsUpdated = eventItems.Select(i => (DateTime?)i.UpdatedAtUtc).ToList();
            var peopleUpdated = roles.Where(r => r.EventId == e.Id).Select(r => (DateTime?)r.UpdatedAtUtc).ToList();
            entries.Add(new(SiteUrls.Event(e.Slug), Latest(e.UpdatedAtUtc, [.. itemsUpdated, .. peopleUpdated, e.CitiesUpdated, e.DaysUpdated])));
            entries.Add(new(SiteUrls.Program(e.Slug), Latest(e.UpdatedAtUtc, [.. itemsUpdated, e.DaysUpdated])));
            entries.Add(new(SiteUrls.Cities(e.Slug), Latest(e.UpdatedAtUtc, [e.CitiesUpdated])));
            entries.Add(new(SiteUrls.People(e.Slug), Latest(e.UpdatedAtUtc, peopleUpdated)));
            if (e.HasCommunique)
            {
                entries.Add(new(SiteUrls.Communique(e.Slug), Latest(e.CommuniqueUpdated!.Value, [e.SectionsUpdated])));
            }

            entries.AddRange(eventItems.Select(i => new SitemapEntry(SiteUrls.ProgramItem(e.Slug, i.Slug), i.UpdatedAtUtc)));
        }

        entries.AddRange(cities.Select(c => new SitemapEntry(SiteUrls.City(c.Slug), c.UpdatedAtUtc)));
        entries.AddRange(people.Select(p => new SitemapEntry(SiteUrls.Person(p.Slug), p.UpdatedAtUtc)));
        entries.AddRange(pages.Select(p => new SitemapEntry(SiteUrls.Page(p.Slug), p.UpdatedAtUtc)));
        // The news list is a page even with nothing in it yet; its later pages (?page=2) are reached from it.
        entries.Add(new(SiteUrls.News, news.Count == 0 ? DateTime.UnixEpoch : news.Max(p => p.UpdatedAtUtc)));
        entries.AddRange(news.Select(p => new SitemapEntry(SiteUrls.NewsPost(p.Slug), p.UpdatedAtUtc)));
        return entries;
    }
}
