using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class PageForm : TranslatedForm
{
    [Required(ErrorMessage = "Enter the page's title.")]
    [StringLength(200)]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Slug", Description = "The page's address: /slug. " + Slugs.Hint)]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter a one-sentence summary.")]
    [StringLength(300)]
    [Display(Name = "Summary", Description = "For search results and sharing.")]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "Enter the page's text.")]
    [StringLength(50000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text")]
    public string BodyMarkdown { get; set; } = "";

    [Range(0, 100, ErrorMessage = "The footer position is a whole number from 0 to 100.")]
    [Display(Name = "Footer position", Description = "Leave empty to keep the page out of the footer.")]
    public int? FooterOrder { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Summary (Japanese)")]
    public string? SummaryJa { get; set; }

    [StringLength(50000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text (Japanese)")]
    public string? BodyMarkdownJa { get; set; }
}

public sealed class PageEditor(SummitDbContext db) : ContentEditor<PageForm, Page>(db)
{
    /// <summary>Addresses the site's own routes use; a page there would never be reached.</summary>
    private static readonly string[] Reserved = ["admin", "events", "cities", "people", "program", "communique", "media", "error", "search", "news", "css", "js", "img", "healthz"];

    public override EditorInfo Info { get; } = new(ContentKinds.Page);

    protected override IQueryable<Page> Query => Db.Pages;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var pages = await Db.Pages.AsNoTracking().Select(p => new { p.Id, p.Title, p.Slug, p.FooterOrder }).ToListAsync(ct);
        return new AdminList(
            [new("Title"), new("Address"), new("Footer position", Numeric: true)],
            pages.Select(p => new AdminRow(p.Id, [p.Title, SiteUrls.Page(p.Slug), p.FooterOrder?.ToString(CultureInfo.InvariantCulture) ?? ""], SiteUrls.Page(p.Slug))).ToList(),
            []);
    }

    public override Task<PageForm> NewAsync(IQueryCollection query, CancellationToken ct) => Task.FromResult(new PageForm());

    public override Task<FormOptions> OptionsAsync(PageForm form, CancellationToken ct) => Task.FromResult(new FormOptions());

    protected override PageForm ToForm(Page p) => new()
    {
        Id = p.Id, Version = p.Version, Title = p.Title, Slug = p.Slug, Summary = p.Summary, BodyMarkdown = p.BodyMarkdown, FooterOrder = p.FooterOrder,
    };

    protected override async Task<bool> ApplyAsync(PageForm form, Page page, SaveContext context, CancellationToken ct)
    {
        var slug = await ChooseSlugAsync(form.Slug, form.Title, page, _ => true, p => p.Slug, context, ct);
        if (slug is not null && Reserved.Contains(slug, StringComparer.Ordinal))
        {
            context.Errors.AddModelError(nameof(PageForm.Slug), StaffWords.Say("{0} is used by the site itself. Choose another slug.", SiteUrls.Page(slug)));
            return false;
        }

        if (slug is null)
        {
            return false;
        }

        page.Title = form.Title.Trim();
        page.Slug = slug;
        page.Summary = form.Summary.Trim();
        page.BodyMarkdown = form.BodyMarkdown.Trim();
        page.FooterOrder = form.FooterOrder;
        return true;
    }

    public override Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct) => Task.FromResult(new DeleteCheck([], []));

    public override string Label(PageForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.Pages.Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(ct) is { } slug ? SiteUrls.Page(slug) : null;
}
