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

public sealed class CommuniqueForm : TranslatedForm
{
    [Chosen(ErrorMessage = "Choose the event.")]
    [References(ContentKind.Event)]
    [Display(Name = "Event")]
    public int EventId { get; set; }

    [Required(ErrorMessage = "Enter the title.")]
    [StringLength(200)]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(300)]
    [Display(Name = "Subtitle", Description = "e.g. Summary of G-NETS Leaders Summit Communiqué")]
    public string? Subtitle { get; set; }

    [Display(Name = "Published", Description = "Unpublished, the communiqué is hidden from visitors (its page answers 404).")]
    public bool IsPublished { get; set; }

    [Display(Name = "Announced on")]
    public DateOnly? AdoptedOn { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Subtitle (Japanese)")]
    public string? SubtitleJa { get; set; }
}

public sealed class CommuniqueEditor(SummitDbContext db) : ContentEditor<CommuniqueForm, Communique>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.Communique);

    protected override IQueryable<Communique> Query => Db.Communiques;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var rows = await Db.Communiques.AsNoTracking()
            .Select(c => new { c.Id, c.Title, c.IsPublished, Event = c.Event.ShortTitle, EventSlug = c.Event.Slug, Sections = c.Sections.Count })
            .ToListAsync(ct);
        return new AdminList(
            [new("Title"), new("Event"), new("Published"), new("Sections", Numeric: true)],
            rows.Select(c => new AdminRow(c.Id, [c.Title, c.Event, c.IsPublished ? "Published" : "Draft", c.Sections.ToString(CultureInfo.InvariantCulture)],
                c.IsPublished ? SiteUrls.Communique(c.EventSlug) : null)).ToList(),
            []);
    }

    public override Task<CommuniqueForm> NewAsync(IQueryCollection query, CancellationToken ct) =>
        Task.FromResult(new CommuniqueForm { EventId = QueryInt(query, "event") ?? 0 });

    public override async Task<FormOptions> OptionsAsync(CommuniqueForm form, CancellationToken ct) =>
        new() { ["events"] = await Options.EventsAsync(Db, ct) };

    protected override CommuniqueForm ToForm(Communique c) => new()
    {
        Id = c.Id, Version = c.Version, EventId = c.EventId, Title = c.Title, Subtitle = c.Subtitle,
        IsPublished = c.IsPublished, AdoptedOn = c.AdoptedOn,
    };

    protected override async Task<bool> ApplyAsync(CommuniqueForm form, Communique communique, SaveContext context, CancellationToken ct)
    {
        if (!await Db.Events.AnyAsync(e => e.Id == form.EventId, ct))
        {
            context.Errors.AddModelError(nameof(CommuniqueForm.EventId), "Choose an event that exists.");
            return false;
        }

        var id = communique.Id;
        if (await Db.Communiques.AnyAsync(c => c.EventId == form.EventId && c.Id != id, ct))
        {
            context.Errors.AddModelError(nameof(CommuniqueForm.EventId), "That event already has a communiqué; edit it instead.");
            return false;
        }

        communique.EventId = form.EventId;
        communique.Title = form.Title.Trim();
        communique.Subtitle = form.Subtitle?.Trim() ?? "";
        communique.IsPublished = form.IsPublished;
        communique.AdoptedOn = form.AdoptedOn;
        return true;
    }

    /// <summary>Sections have histories of their own: a communiqué is deleted once they are.</summary>
    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var sections = await Db.CommuniqueSections.CountAsync(s => s.CommuniqueId == id, ct);
        return new DeleteCheck(sections == 0 ? [] : [StaffWords.Say("It has {0} sections. Delete them first, or unpublish the communiqué instead.", sections)], []);
    }

    public override string Label(CommuniqueForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.Communiques.Where(c => c.Id == id && c.IsPublished).Select(c => c.Event.Slug).SingleOrDefaultAsync(ct) is { } eventSlug
            ? SiteUrls.Communique(eventSlug)
            : null;
}

public sealed class CommuniqueSectionForm : TranslatedForm, IOrderedForm
{
    [Chosen(ErrorMessage = "Choose the communiqué.")]
    [References(ContentKind.Communique)]
    [Display(Name = "Communiqué")]
    public int CommuniqueId { get; set; }

    [Required(ErrorMessage = "Enter the section's heading.")]
    [StringLength(200)]
    [Display(Name = "Heading")]
    public string Heading { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Anchor", Description = "The section's address on the page (#anchor). " + Slugs.Hint)]
    public string? Slug { get; set; }

    [Range(0, 1000, ErrorMessage = "The order is a whole number from 0 to 1000.")]
    [Display(Name = "Order", Description = "Lower comes first. The list also has Move up and Move down.")]
    public int SortOrder { get; set; }

    [Required(ErrorMessage = "Enter the section's text.")]
    [StringLength(50000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text")]
    public string BodyMarkdown { get; set; } = "";

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Heading (Japanese)")]
    public string? HeadingJa { get; set; }

    [StringLength(50000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text (Japanese)")]
    public string? BodyMarkdownJa { get; set; }
}

public sealed class CommuniqueSectionEditor(SummitDbContext db) : ContentEditor<CommuniqueSectionForm, CommuniqueSection>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.CommuniqueSection);

    protected override IQueryable<CommuniqueSection> Query => Db.CommuniqueSections;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var rows = await Db.CommuniqueSections.AsNoTracking()
            .OrderBy(s => s.CommuniqueId).ThenBy(s => s.SortOrder)
            .Select(s => new { s.Id, s.Heading, s.Slug, s.SortOrder, s.CommuniqueId, Communique = s.Communique.Event.ShortTitle, EventSlug = s.Communique.Event.Slug })
            .ToListAsync(ct);
        var ends = Ends(rows, s => s.CommuniqueId, s => s.SortOrder, s => s.Id);
        return new AdminList(
            [new("Communiqué"), new("Order", Numeric: true), new("Heading")],
            rows.Select(s => new AdminRow(s.Id, [s.Communique, s.SortOrder.ToString(CultureInfo.InvariantCulture), s.Heading],
                SiteUrls.CommuniqueSection(s.EventSlug, s.Slug),
                new Dictionary<string, string> { ["communique"] = s.CommuniqueId.ToString(CultureInfo.InvariantCulture) },
                MoveActions(s.Id, ends[s.Id].IsFirst, ends[s.Id].IsLast))).ToList(),
            [new("communique", "Communiqué", await CommuniquesAsync(ct))],
            NameColumn: 2);
    }

    public override async Task<CommuniqueSectionForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var communiqueId = QueryInt(query, "communique") ?? await Db.Communiques.OrderByDescending(c => c.Event.StartDate).Select(c => c.Id).FirstOrDefaultAsync(ct);
        var last = await Db.CommuniqueSections.Where(s => s.CommuniqueId == communiqueId).MaxAsync(s => (int?)s.SortOrder, ct) ?? 0;
        return new CommuniqueSectionForm { CommuniqueId = communiqueId, SortOrder = last + 1 };
    }

    public override async Task<FormOptions> OptionsAsync(CommuniqueSectionForm form, CancellationToken ct) =>
        new() { ["communiques"] = await CommuniquesAsync(ct) };

    protected override CommuniqueSectionForm ToForm(CommuniqueSection s) => new()
    {
        Id = s.Id, Version = s.Version, CommuniqueId = s.CommuniqueId, Heading = s.Heading, Slug = s.Slug,
        SortOrder = s.SortOrder, BodyMarkdown = s.BodyMarkdown,
    };

    protected override async Task<bool> ApplyAsync(CommuniqueSectionForm form, CommuniqueSection section, SaveContext context, CancellationToken ct)
    {
        if (!await Db.Communiques.AnyAsync(c => c.Id == form.CommuniqueId, ct))
        {
            context.Errors.AddModelError(nameof(CommuniqueSectionForm.CommuniqueId), "Choose a communiqué that exists.");
            return false;
        }

        var communiqueId = form.CommuniqueId;
        var slug = await ChooseSlugAsync(form.Slug, form.Heading, section, s => s.CommuniqueId == communiqueId, s => s.Slug, context, ct);
        if (slug is null)
        {
            return false;
        }

        section.CommuniqueId = form.CommuniqueId;
        section.Heading = form.Heading.Trim();
        section.Slug = slug;
        section.SortOrder = form.SortOrder;
        section.BodyMarkdown = form.BodyMarkdown.Trim();
        return true;
    }

    public override Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct) => Task.FromResult(new DeleteCheck([], []));

    public override string Label(CommuniqueSectionForm form) => form.Heading;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.CommuniqueSections.Where(s => s.Id == id).Select(s => new { EventSlug = s.Communique.Event.Slug, s.Slug }).SingleOrDefaultAsync(ct) is { } section
            ? SiteUrls.CommuniqueSection(section.EventSlug, section.Slug)
            : null;

    public async Task<IReadOnlyList<int>> SiblingsAsync(int id, CancellationToken ct)
    {
        var communiqueId = await Db.CommuniqueSections.Where(s => s.Id == id).Select(s => (int?)s.CommuniqueId).SingleOrDefaultAsync(ct);
        return communiqueId is null
            ? []
            : await Db.CommuniqueSections.Where(s => s.CommuniqueId == communiqueId).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<SelectListItem>> CommuniquesAsync(CancellationToken ct) =>
        await Db.Communiques.AsNoTracking().OrderByDescending(c => c.Event.StartDate)
            .Select(c => new SelectListItem(c.Event.ShortTitle + ": " + c.Title, c.Id.ToString())).ToListAsync(ct);
}
