using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class NewsForm : TranslatedForm, IImageUploadForm
{
    public ImageUploadSlot UploadSlot() => new(ImageUpload, nameof(ImageUpload), ImageStore.EventWidths, Square: false, id =>
    {
        ImageId = id;
        ImageUpload = null;
        RemoveImage = false;
    });

    [Required(ErrorMessage = "Enter the post's title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "The slug can be at most 100 characters.")]
    [Display(Name = "Slug", Description = "The post's address: /news/slug. " + Slugs.Hint)]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the date the post is dated by.")]
    [Display(Name = "Date", Description = "The date of what the post reports; lists are newest first.")]
    public DateOnly? PublishedOn { get; set; }

    [Required(ErrorMessage = "Enter a one- or two-sentence summary.")]
    [StringLength(300, ErrorMessage = "The summary can be at most 300 characters.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Summary", Description = "For the news list, search results, sharing and the feed.")]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "Enter the post's text.")]
    [StringLength(50000, ErrorMessage = "The text can be at most 50,000 characters.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text", Description = "Name the source of what the post reports.")]
    public string BodyMarkdown { get; set; } = "";

    [References(ContentKind.Event)]
    [Display(Name = "Event", Description = "Leave empty for news of the whole network.")]
    public int? EventId { get; set; }

    [Display(Name = "Published", Description = "Unpublished, the post is kept for staff and shown nowhere public (list, page, feed, search).")]
    public bool IsPublished { get; set; }

    [References(ContentKind.Image)]
    [Display(Name = "Photo")]
    public int? ImageId { get; set; }

    [StringLength(300, ErrorMessage = "The description can be at most 300 characters.")]
    [Display(Name = "Photo description (alt text)")]
    public string? ImageAlt { get; set; }

    [JsonIgnore]
    [Display(Name = "New photo", Description = "JPEG, PNG, WebP or GIF, at most 5 MB; shown at the top of the post and when it is shared (1200 pixels wide is best).")]
    public IFormFile? ImageUpload { get; set; }

    [JsonIgnore]
    [Display(Name = "Remove the photo")]
    public bool RemoveImage { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Summary (Japanese)")]
    public string? SummaryJa { get; set; }

    [StringLength(50000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text (Japanese)")]
    public string? BodyMarkdownJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Photo description (alt text) (Japanese)")]
    public string? ImageAltJa { get; set; }
}

public sealed class NewsEditor(SummitDbContext db, ImageStore images) : ContentEditor<NewsForm, NewsPost>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.News);

    protected override IQueryable<NewsPost> Query => Db.NewsPosts;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var posts = await Db.NewsPosts.AsNoTracking()
            .Select(p => new { p.Id, p.Title, p.Slug, p.PublishedOn, p.IsPublished, p.EventId, Event = p.Event != null ? p.Event.ShortTitle : "" })
            .ToListAsync(ct);
        return new AdminList(
            [new("Title"), new("Date"), new("Event"), new("Published")],
            posts.OrderByDescending(p => p.PublishedOn).Select(p => new AdminRow(
                p.Id,
                [p.Title, Display.IsoDate(p.PublishedOn), p.Event, p.IsPublished ? "Published" : "Draft"],
                p.IsPublished ? SiteUrls.NewsPost(p.Slug) : null,
                new Dictionary<string, string> { ["event"] = p.EventId?.ToString(CultureInfo.InvariantCulture) ?? "" })).ToList(),
            [new("event", "Event", await Options.EventsAsync(Db, ct))]);
    }

    public override Task<NewsForm> NewAsync(IQueryCollection query, CancellationToken ct) =>
        Task.FromResult(new NewsForm { PublishedOn = DateOnly.FromDateTime(DateTime.UtcNow), EventId = QueryInt(query, "event"), IsPublished = true });

    public override async Task<FormOptions> OptionsAsync(NewsForm form, CancellationToken ct) => new FormOptions
    {
        ["events"] = await Options.EventsAsync(Db, ct),
        // An upload kept while the form is shown again, not yet saved with the post.
        ["imagePending"] = form.ImageId is { } chosen && !await Db.NewsPosts.AnyAsync(p => p.Id == form.Id && p.ImageId == chosen, ct)
            ? [new SelectListItem("pending", "pending")]
            : [],
    };

    protected override NewsForm ToForm(NewsPost p) => new()
    {
        Id = p.Id, Version = p.Version, Title = p.Title, Slug = p.Slug, PublishedOn = p.PublishedOn, Summary = p.Summary,
        BodyMarkdown = p.BodyMarkdown, EventId = p.EventId, IsPublished = p.IsPublished, ImageId = p.ImageId, ImageAlt = p.ImageAlt,
    };

    protected override async Task<bool> ApplyAsync(NewsForm form, NewsPost post, SaveContext context, CancellationToken ct)
    {
        var slug = await ChooseSlugAsync(form.Slug, form.Title, post, _ => true, p => p.Slug, context, ct);
        if (form.EventId is { } eventId && !await Db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            context.Errors.AddModelError(nameof(NewsForm.EventId), "Choose an event that exists, or none.");
        }

        var image = await images.ChooseAsync(
            new ImageFields(form.ImageId, form.RemoveImage, form.ImageAlt, nameof(NewsForm.ImageUpload), nameof(NewsForm.ImageAlt), "photo"),
            context, ct);
        if (slug is null || image is null || form.PublishedOn is null || context.Errors.ErrorCount > 0)
        {
            return false;
        }

        post.Slug = slug;
        post.Title = form.Title.Trim();
        post.PublishedOn = form.PublishedOn.Value;
        post.Summary = form.Summary.Trim();
        post.BodyMarkdown = form.BodyMarkdown.Trim();
        post.EventId = form.EventId;
        post.IsPublished = form.IsPublished;
        post.ImageId = form.RemoveImage ? null : form.ImageId;
        post.ImageAlt = image.HasImage ? form.ImageAlt?.Trim() : null;
        return true;
    }

    public override Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct) => Task.FromResult(new DeleteCheck([], []));

    public override string Label(NewsForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.NewsPosts.Where(p => p.Id == id && p.IsPublished).Select(p => p.Slug).SingleOrDefaultAsync(ct) is { } slug ? SiteUrls.NewsPost(slug) : null;
}
