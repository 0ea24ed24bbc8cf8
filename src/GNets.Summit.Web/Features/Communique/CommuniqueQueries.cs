using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Communique;

/// <summary>A section of the communiqué; <see cref="IsProvisional"/> when its text is a draft translation.</summary>
public sealed record CommuniqueSectionView(string Slug, Localized Heading, Localized BodyMarkdown, bool IsProvisional = false);

/// <summary>
/// The communiqué in the page's language. The communiqué is an official text: a Japanese translation
/// that staff have not marked reviewed is shown as a provisional translation (仮訳), as the host does,
/// with a link to the English original (<see cref="EnglishUrl"/>).
/// </summary>
public sealed record CommuniquePage(
    EventHeader Event, Localized Title, Localized Subtitle, DateOnly? AdoptedOn, IReadOnlyList<CommuniqueSectionView> Sections,
    PageMeta Meta) : IHasPageMeta
{
    /// <summary>Whether any Japanese shown on the page is a draft translation.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>The same communiqué in English, the authoritative text.</summary>
    public string EnglishUrl => SiteLanguages.In(SiteLanguage.En, () => Event.CommuniqueUrl);
}

public sealed class CommuniqueQueries(SummitDbContext db, MarkdownRenderer markdown)
{
    /// <summary>The event's communiqué, or null when there is none or it is not published yet.</summary>
    public async Task<CommuniquePage?> ForEventAsync(string eventSlug, CancellationToken ct)
    {
        var c = await db.Communiques.AsNoTracking()
            .Where(c => c.Event.Slug == eventSlug && c.IsPublished)
            .Select(c => new
            {
                Header = new EventHeader(c.Event.Slug, c.Event.Title, c.Event.ShortTitle, c.Event.TimeZoneId, c.Event.TimeZoneName, c.Event.IsFeatured)
                {
                    TitleJa = c.Event.TitleJa, ShortTitleJa = c.Event.ShortTitleJa, TimeZoneNameJa = c.Event.TimeZoneNameJa,
                },
                c.Title,
                c.TitleJa,
                c.Subtitle,
                c.SubtitleJa,
                c.JaStatus,
                c.AdoptedOn,
                c.UpdatedAtUtc,
                Sections = c.Sections.OrderBy(s => s.SortOrder)
                    .Select(s => new { s.Slug, s.Heading, s.HeadingJa, s.BodyMarkdown, s.BodyMarkdownJa, s.JaStatus, s.UpdatedAtUtc }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }

        var title = Localized.Pick(c.Title, c.TitleJa);
        var subtitle = Localized.Pick(c.Subtitle, c.SubtitleJa);
        var sections = c.Sections.Select(s =>
        {
            var heading = Localized.Pick(s.Heading, s.HeadingJa);
            var body = Localized.Pick(s.BodyMarkdown, s.BodyMarkdownJa);
            return new CommuniqueSectionView(s.Slug, heading, body, IsProvisional(s.JaStatus, heading, body));
        }).ToList();
        var opening = sections.Count > 0 ? markdown.ToPlainText(sections[0].BodyMarkdown.Text, 400) : "";
        var stop = SiteLanguages.IsJapanese ? "。" : ". ";
        return new CommuniquePage(c.Header, title, subtitle, c.AdoptedOn, sections,
            new PageMeta(title.Text, MarkdownRenderer.Truncate($"{subtitle.Text}{stop}{opening}", 160), c.Header.CommuniqueUrl)
            {
                Section = "communique",
                OgType = "article",
                Breadcrumbs = c.Header.Trail,
                LastModifiedUtc = c.Sections.Select(s => s.UpdatedAtUtc).Append(c.UpdatedAtUtc).Max(),
            })
        {
            IsProvisional = IsProvisional(c.JaStatus, title, subtitle) || sections.Any(s => s.IsProvisional),
        };
    }

    /// <summary>A record's Japanese is provisional when some of it is shown and staff have not marked it reviewed.</summary>
    private static bool IsProvisional(TranslationStatus status, params Localized[] shown) =>
        SiteLanguages.IsJapanese && status == TranslationStatus.Draft && shown.Any(t => !t.IsFallback && !t.IsEmpty);
}
