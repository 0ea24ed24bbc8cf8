using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Communique;

public sealed record CommuniqueSectionView(string Slug, string Heading, string BodyMarkdown);

public sealed record CommuniquePage(
    EventHeader Event, string Title, string Subtitle, DateOnly? AdoptedOn, IReadOnlyList<CommuniqueSectionView> Sections,
    PageMeta Meta) : IHasPageMeta;

public sealed class CommuniqueQueries(SummitDbContext db, MarkdownRenderer markdown)
{
    /// <summary>The event's communiqué, or null when there is none or it is not published yet.</summary>
    public async Task<CommuniquePage?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var c = await db.Communiques.AsNoTracking()
            .Where(c => c.Event.Slug == eventSlug && c.IsPublished)
            .Select(c => new
            {
                Header = new EventHeader(c.Event.Slug, c.Event.Title, c.Event.ShortTitle, c.Event.TimeZoneId, c.Event.TimeZoneName, c.Event.IsFeatured),
                c.Title,
                c.Subtitle,
                c.AdoptedOn,
                c.UpdatedAtUtc,
                Sections = c.Sections.OrderBy(s => s.SortOrder)
                    .Select(s => new { View = new CommuniqueSectionView(s.Slug, s.Heading, s.BodyMarkdown), s.UpdatedAtUtc }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }

        var sections = c.Sections.Select(s => s.View).ToList();
        var opening = sections.Count > 0 ? markdown.ToPlainText(sections[0].BodyMarkdown, 400) : "";
        return new CommuniquePage(c.Header, c.Title, c.Subtitle, c.AdoptedOn, sections,
            new PageMeta(c.Title, MarkdownRenderer.Truncate($"{c.Subtitle}. {opening}", 160), c.Header.CommuniqueUrl)
            {
                Section = "communique",
                OgType = "article",
                Breadcrumbs = c.Header.Trail,
                LastModifiedUtc = c.Sections.Select(s => s.UpdatedAtUtc).Append(c.UpdatedAtUtc).Max(),
            });
    }
}
