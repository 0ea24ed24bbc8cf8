using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Pages;

/// <summary>A page of the site in the page's language; <see cref="Body"/> is Markdown (the English, marked, when not translated).</summary>
public sealed record ContentPage(string Slug, Localized Title, Localized Body, PageMeta Meta) : IHasPageMeta;

public sealed class PageQueries(SummitDbContext db, IOptions<SiteOptions> options, IStringLocalizer<Resources.SharedResource> t)
{
    /// <summary>
    /// "{{contact}}" in a page's text: how to reach the secretariat, from <see cref="SiteOptions.ContactEmail"/>,
    /// or the owner's own site while no address is set, so a page never shows an address nobody reads.
    /// The words are the text's language's: a Japanese text gets Japanese words, an English fallback English ones.
    /// </summary>
    public static string ExpandContact(string markdown, SiteOptions site, IStringLocalizer? japanese = null) =>
        markdown.Replace("{{contact}}",
            japanese is not null
                ? site.HasContact
                    ? japanese["write to the G-NETS secretariat at {0}", $"[{site.ContactEmail}](mailto:{site.ContactEmail})"]
                    : japanese["contact the G-NETS secretariat through the {0}", $"[{site.Owner}]({site.OwnerUrl})"]
                : site.HasContact
                    ? $"write to the G-NETS secretariat at [{site.ContactEmail}](mailto:{site.ContactEmail})"
                    : $"contact the G-NETS secretariat through the [{site.Owner}]({site.OwnerUrl})",
            StringComparison.Ordinal);

    public async Task<ContentPage?> FindAsync(string slug, CancellationToken ct)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Title, p.TitleJa, p.Summary, p.SummaryJa, p.BodyMarkdown, p.BodyMarkdownJa, p.UpdatedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (page is null)
        {
            return null;
        }

        var title = Localized.Pick(page.Title, page.TitleJa);
        var summary = Localized.Pick(page.Summary, page.SummaryJa);
        var body = Localized.Pick(page.BodyMarkdown, page.BodyMarkdownJa);
        var expanded = body with { Text = ExpandContact(body.Text, options.Value, SiteLanguages.IsJapanese && !body.IsFallback ? t : null) };
        return new ContentPage(page.Slug, title, expanded,
            new PageMeta(title.Text, MarkdownRenderer.Truncate(summary.Text, 160), SiteUrls.Page(page.Slug))
            {
                Section = page.Slug,
                Breadcrumbs = [new(t["Home"], SiteUrls.Home)],
                LastModifiedUtc = page.UpdatedAtUtc,
            });
    }
}
