using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.News;

/// <summary>An Atom document and the time its newest entry changed (for Last-Modified).</summary>
public sealed record NewsFeedDocument(byte[] Xml, DateTimeOffset Updated);

/// <summary>
/// The news as an Atom 1.0 feed (RFC 4287) in the language being served, written by
/// System.ServiceModel.Syndication rather than by hand, so the document's shape is the library's
/// (ids, required elements, escaping). Entry ids are the posts' absolute addresses in the feed's language.
/// </summary>
public sealed class NewsFeed(SummitDbContext db, MarkdownRenderer markdown, IOptions<SiteOptions> options)
{
    /// <summary>Feeds readers poll: the newest posts are enough.</summary>
    public const int MaxEntries = 50;

    private SiteOptions Site => options.Value;

    public async Task<NewsFeedDocument> WriteAsync(CancellationToken ct)
    {
        var posts = await db.NewsPosts.AsNoTracking()
            .Where(p => p.IsPublished)
            .OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
            .Take(MaxEntries)
            .Select(p => new
            {
                p.Slug, p.Title, p.TitleJa, p.PublishedOn, p.Summary, p.SummaryJa, p.BodyMarkdown, p.BodyMarkdownJa, p.UpdatedAtUtc,
                EventTitle = p.Event != null ? p.Event.Title : null,
                EventTitleJa = p.Event != null ? p.Event.TitleJa : null,
            })
            .ToListAsync(ct);

        var language = SiteLanguages.Current;
        var siteName = Site.NameIn(language);
        var entries = posts.Select(p =>
        {
            var url = Site.Absolute(SiteUrls.NewsPost(p.Slug));
            var published = new DateTimeOffset(p.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var updated = new DateTimeOffset(DateTime.SpecifyKind(p.UpdatedAtUtc, DateTimeKind.Utc));
            var body = Localized.Pick(p.BodyMarkdown, p.BodyMarkdownJa);
            var html = markdown.Render(body.Text).Value ?? "";
            var item = new SyndicationItem
            {
                Id = url,
                Title = new TextSyndicationContent(Localized.Pick(p.Title, p.TitleJa).Text),
                Summary = new TextSyndicationContent(Localized.Pick(p.Summary, p.SummaryJa).Text),
                // An English body on the Japanese feed says so, as the page does.
                Content = new TextSyndicationContent(body.IsFallback ? $"<div lang=\"en\">{html}</div>" : html, TextSyndicationContentKind.Html),
                PublishDate = published,
                // A post dated after its last save (written ahead) is never "updated" before it was published.
                LastUpdatedTime = updated > published ? updated : published,
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
            if (p.EventTitle is not null)
            {
                item.Categories.Add(new SyndicationCategory(Localized.Pick(p.EventTitle, p.EventTitleJa).Text));
            }

            return item;
        }).ToList();

        var feedUpdated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.LastUpdatedTime);
        var feedUrl = Site.Absolute(SiteUrls.NewsFeed);
        var feed = new SyndicationFeed(entries)
        {
            Id = feedUrl,
            Title = new TextSyndicationContent(Display.T("News") + " | " + siteName),
            Description = new TextSyndicationContent(Display.T("News of the G-NETS network: its meetings, communiqués and joint projects, newest first.")),
            Language = language.Tag(),
            LastUpdatedTime = feedUpdated,
            Generator = siteName,
        };
        feed.Authors.Add(new SyndicationPerson { Name = Site.OwnerIn(language), Uri = Site.OwnerUrlIn(language) });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(feedUrl), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(Site.Absolute(SiteUrls.News)), "text/html"));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return new NewsFeedDocument(stream.ToArray(), feedUpdated);
    }
}
