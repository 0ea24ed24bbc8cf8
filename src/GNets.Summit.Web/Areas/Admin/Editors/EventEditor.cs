using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class EventForm : TranslatedForm, IImageUploadForm
{
    public ImageUploadSlot UploadSlot() => new(ImageUpload, nameof(ImageUpload), ImageStore.EventWidths, Square: false, id =>
    {
        ImageId = id;
        ImageUpload = null;
        RemoveImage = false;
    });

    [Required(ErrorMessage = "Enter the event's title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters.")]
    [Display(Name = "Title", Description = "e.g. The 1st G-NETS Leaders Summit")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter a short title for menus and page titles.")]
    [StringLength(100, ErrorMessage = "The short title can be at most 100 characters.")]
    [Display(Name = "Short title", Description = "For page titles and breadcrumbs, e.g. Leaders Summit 2023")]
    public string ShortTitle { get; set; } = "";

    [StringLength(100, ErrorMessage = "The slug can be at most 100 characters.")]
    [Display(Name = "Slug", Description = Slugs.Hint)]
    public string? Slug { get; set; }

    // Optional: not every meeting had a theme of its own (a senior officials' meeting, a site visit).
    [StringLength(300, ErrorMessage = "The theme can be at most 300 characters.")]
    [Display(Name = "Theme")]
    public string? Theme { get; set; } = "";

    [Required(ErrorMessage = "Enter a one- or two-sentence summary.")]
    [StringLength(400, ErrorMessage = "The summary can be at most 400 characters.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Summary", Description = "For search results and sharing. {{city_count}} and {{continent_count}} are filled in from the data.")]
    public string Summary { get; set; } = "";

    [StringLength(20000, ErrorMessage = "The introduction can be at most 20,000 characters.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Introduction", Description = "Shown on the event's page. {{city_count}} and {{continent_count}} are filled in from the data.")]
    public string? IntroMarkdown { get; set; }

    [Display(Name = "First day")]
    public DateOnly StartDate { get; set; }

    [Display(Name = "Last day")]
    public DateOnly EndDate { get; set; }

    [Required(ErrorMessage = "Enter the time zone, e.g. Asia/Tokyo.")]
    [StringLength(64)]
    [Display(Name = "Time zone", Description = "IANA name, e.g. Asia/Tokyo. Program times are entered and shown in this zone.")]
    public string TimeZoneId { get; set; } = "Asia/Tokyo";

    [Required(ErrorMessage = "Enter the time zone's name, e.g. Japan Standard Time.")]
    [StringLength(64)]
    [Display(Name = "Time zone name", Description = "As visitors read it, e.g. Japan Standard Time.")]
    public string TimeZoneName { get; set; } = "Japan Standard Time";

    [Display(Name = "Format")]
    public EventFormat Format { get; set; } = EventFormat.Hybrid;

    [Display(Name = "Status")]
    public EventStatus Status { get; set; }

    [Required(ErrorMessage = "Enter the host.")]
    [StringLength(200)]
    [Display(Name = "Host")]
    public string Host { get; set; } = "Tokyo Metropolitan Government";

    [Url(ErrorMessage = "Enter a full address starting with https://.")]
    [StringLength(500)]
    [DataType(DataType.Url)]
    [Display(Name = "Host's website")]
    public string? HostUrl { get; set; }

    // Required unless the event is online only (checked in ApplyAsync, which knows the format).
    [StringLength(200)]
    [Display(Name = "Venue")]
    public string? VenueName { get; set; } = "";

    [StringLength(200)]
    [Display(Name = "Street address")]
    public string? VenueStreet { get; set; }

    [StringLength(100)]
    [Display(Name = "Locality (city or ward)")]
    public string? VenueLocality { get; set; }

    [StringLength(100)]
    [Display(Name = "Region")]
    public string? VenueRegion { get; set; }

    [StringLength(20)]
    [Display(Name = "Postal code")]
    public string? VenuePostalCode { get; set; }

    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Enter the two-letter ISO country code in capitals, e.g. JP.")]
    [Display(Name = "Country code")]
    public string? VenueCountryCode { get; set; }

    [Url(ErrorMessage = "Enter a full address starting with https://.")]
    [StringLength(500)]
    [DataType(DataType.Url)]
    [Display(Name = "Online address", Description = "Where to watch online, if there is one.")]
    public string? OnlineUrl { get; set; }

    [Display(Name = "Featured on the home page", Description = "One event is featured; ticking this un-features the others.")]
    public bool IsFeatured { get; set; }

    [References(ContentKind.Image)]
    [Display(Name = "Image")]
    public int? ImageId { get; set; }

    [StringLength(300)]
    [Display(Name = "Image description (alt text)")]
    public string? ImageAlt { get; set; }

    [JsonIgnore]
    [Display(Name = "New image", Description = "JPEG, PNG, WebP or GIF, at most 5 MB; used when the event is shared (1200 pixels wide is best).")]
    public IFormFile? ImageUpload { get; set; }

    [JsonIgnore]
    [Display(Name = "Remove the image")]
    public bool RemoveImage { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Short title (Japanese)")]
    public string? ShortTitleJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Theme (Japanese)")]
    public string? ThemeJa { get; set; }

    [StringLength(400, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Summary (Japanese)")]
    public string? SummaryJa { get; set; }

    [StringLength(20000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Introduction (Japanese)")]
    public string? IntroMarkdownJa { get; set; }

    [StringLength(64, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Time zone name (Japanese)")]
    public string? TimeZoneNameJa { get; set; }

    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Host (Japanese)")]
    public string? HostJa { get; set; }

    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Venue (Japanese)")]
    public string? VenueNameJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Image description (alt text) (Japanese)")]
    public string? ImageAltJa { get; set; }
}

public sealed class EventEditor(SummitDbContext db, ImageStore images) : ContentEditor<EventForm, Event>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.Event);

    protected override IQueryable<Event> Query => Db.Events;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var events = await Db.Events.AsNoTracking()
            .Select(e => new { e.Id, e.Slug, e.Title, e.StartDate, e.EndDate, e.VenueName, e.IsFeatured })
            .ToListAsync(ct);
        return new AdminList(
            [new("Title"), new("Dates"), new("Venue"), new("Featured")],
            events.Select(e => new AdminRow(
                e.Id,
                [e.Title, $"{Display.IsoDate(e.StartDate)} – {Display.IsoDate(e.EndDate)}", e.VenueName, e.IsFeatured ? "Yes" : ""],
                SiteUrls.Event(e.Slug))).ToList(),
            []);
    }

    public override Task<EventForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return Task.FromResult(new EventForm { StartDate = today, EndDate = today });
    }

    public override async Task<FormOptions> OptionsAsync(EventForm form, CancellationToken ct) => new FormOptions
    {
        // An upload kept while the form is shown again, not yet saved with the event.
        ["imagePending"] = form.ImageId is { } chosen && !await Db.Events.AnyAsync(e => e.Id == form.Id && e.ImageId == chosen, ct)
            ? [new SelectListItem("pending", "pending")]
            : [],
        ["formats"] = EnumOptions<EventFormat>(f => f switch { EventFormat.Hybrid => "Hybrid (venue and online)", EventFormat.Online => "Online", _ => "In person" }),
        ["statuses"] = EnumOptions<EventStatus>(s => s switch
        {
            EventStatus.MovedOnline => "Moved online",
            _ => s.ToString(),
        }),
    };

    protected override EventForm ToForm(Event e) => new()
    {
        Id = e.Id, Version = e.Version, Title = e.Title, ShortTitle = e.ShortTitle, Slug = e.Slug, Theme = e.Theme,
        Summary = e.Summary, IntroMarkdown = e.IntroMarkdown, StartDate = e.StartDate, EndDate = e.EndDate,
        TimeZoneId = e.TimeZoneId, TimeZoneName = e.TimeZoneName, Format = e.Format, Status = e.Status, Host = e.Host,
        HostUrl = e.HostUrl, VenueName = e.VenueName, VenueStreet = e.VenueStreet, VenueLocality = e.VenueLocality,
        VenueRegion = e.VenueRegion, VenuePostalCode = e.VenuePostalCode, VenueCountryCode = e.VenueCountryCode,
        OnlineUrl = e.OnlineUrl, IsFeatured = e.IsFeatured, ImageId = e.ImageId, ImageAlt = e.ImageAlt,
    };

    protected override async Task<bool> ApplyAsync(EventForm form, Event e, SaveContext context, CancellationToken ct)
    {
        var slug = await ChooseSlugAsync(form.Slug, form.ShortTitle, e, _ => true, x => x.Slug, context, ct);
        if (form.EndDate < form.StartDate)
        {
            context.Errors.AddModelError(nameof(EventForm.EndDate), "The last day cannot be before the first day.");
        }

        if (string.IsNullOrWhiteSpace(form.VenueName) && form.Format != EventFormat.Online)
        {
            context.Errors.AddModelError(nameof(EventForm.VenueName), "Enter the venue's name (only an online event can have none).");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(form.TimeZoneId.Trim(), out _))
        {
            context.Errors.AddModelError(nameof(EventForm.TimeZoneId), StaffWords.Say("“{0}” is not a time zone this server knows; use an IANA name such as Asia/Tokyo.", form.TimeZoneId));
        }

        if (e.Id != 0)
        {
            var id = e.Id;
            var outside = await Db.ProgramDays.Where(d => d.EventId == id && (d.Date < form.StartDate || d.Date > form.EndDate))
                .Select(d => d.Date).ToListAsync(ct);
            if (outside.Count > 0)
            {
                context.Errors.AddModelError(nameof(EventForm.StartDate),
                    $"The program has days outside these dates ({string.Join(", ", outside.Select(Display.IsoDate))}). Move or delete them first.");
            }
        }

        var image = await images.ChooseAsync(
            new ImageFields(form.ImageId, form.RemoveImage, form.ImageAlt, nameof(EventForm.ImageUpload), nameof(EventForm.ImageAlt), "image"),
            context, ct);
        if (slug is null || image is null || context.Errors.ErrorCount > 0)
        {
            return false;
        }

        if (form.IsFeatured)
        {
            // Tracked, not a bulk update: the others get a new version and lastmod too.
            var id = e.Id;
            foreach (var other in await Db.Events.Where(x => x.IsFeatured && x.Id != id).ToListAsync(ct))
            {
                other.IsFeatured = false;
            }
        }

        var newZone = form.TimeZoneId.Trim();
        if (e.Id != 0 && e.TimeZoneId != newZone)
        {
            // Times were entered as wall-clock times in the event's zone: keep them, recompute the instants.
            var id = e.Id;
            var (from, to) = (Features.Shared.EventTime.Zone(e.TimeZoneId), Features.Shared.EventTime.Zone(newZone));
            foreach (var item in await Db.ProgramItems.Where(i => i.EventId == id && i.StartsAtUtc != null).ToListAsync(ct))
            {
                item.StartsAtUtc = Recompute(item.StartsAtUtc, from, to);
                item.EndsAtUtc = Recompute(item.EndsAtUtc, from, to);
            }
        }

        e.Slug = slug;
        e.Title = form.Title.Trim();
        e.ShortTitle = form.ShortTitle.Trim();
        e.Theme = (form.Theme ?? "").Trim();
        e.Summary = form.Summary.Trim();
        e.IntroMarkdown = form.IntroMarkdown?.Trim() ?? "";
        e.StartDate = form.StartDate;
        e.EndDate = form.EndDate;
        e.TimeZoneId = form.TimeZoneId.Trim();
        e.TimeZoneName = form.TimeZoneName.Trim();
        e.Format = form.Format;
        e.Status = form.Status;
        e.Host = form.Host.Trim();
        e.HostUrl = NullIfBlank(form.HostUrl);
        e.VenueName = (form.VenueName ?? "").Trim();
        e.VenueStreet = NullIfBlank(form.VenueStreet);
        e.VenueLocality = NullIfBlank(form.VenueLocality);
        e.VenueRegion = NullIfBlank(form.VenueRegion);
        e.VenuePostalCode = NullIfBlank(form.VenuePostalCode);
        e.VenueCountryCode = NullIfBlank(form.VenueCountryCode);
        e.OnlineUrl = NullIfBlank(form.OnlineUrl);
        e.IsFeatured = form.IsFeatured;
        e.ImageId = form.RemoveImage ? null : form.ImageId;
        e.ImageAlt = image.HasImage ? form.ImageAlt?.Trim() : null;
        return true;
    }

    /// <summary>
    /// Days, themes and the communiqué have histories of their own: they are deleted one by one (each
    /// can then be restored), so an event that still has them cannot be deleted.
    /// </summary>
    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var counts = await Db.Events.AsNoTracking().Where(e => e.Id == id).Select(e => new
        {
            Days = e.Days.Count,
            Themes = e.Themes.Count,
            Cities = e.Participations.Select(p => p.CityId).Distinct().Count(),
            Communique = e.Communique != null,
            e.IsFeatured,
        }).SingleAsync(ct);
        var representatives = await Db.Representations.CountAsync(r => r.EventId == id, ct);
        var blockers = new List<string>();
        if (counts.IsFeatured)
        {
            blockers.Add("It is the featured event on the home page. Feature another event first.");
        }

        if (counts.Days > 0)
        {
            blockers.Add(StaffWords.Say("It has {0} program days. Delete them (and their items) first.", counts.Days));
        }

        if (counts.Themes > 0)
        {
            blockers.Add(StaffWords.Say("It has {0} themes. Delete them first.", counts.Themes));
        }

        if (representatives > 0)
        {
            blockers.Add(StaffWords.Say("It has {0} city representatives. Delete them first.", representatives));
        }

        if (counts.Communique)
        {
            blockers.Add("It has a communiqué. Delete it (and its sections) first.");
        }

        return new DeleteCheck(blockers,
            counts.Cities > 0 ? [StaffWords.Say("How {0} cities took part in it (the cities themselves stay).", counts.Cities)] : []);
    }

    public override string Label(EventForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.Events.Where(e => e.Id == id).Select(e => new { e.Slug, e.IsFeatured }).SingleOrDefaultAsync(ct) is { } ev
            ? SiteUrls.Event(ev.Slug)
            : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The same wall-clock time in another zone; a time that zone skips keeps its instant.</summary>
    private static DateTime? Recompute(DateTime? utc, TimeZoneInfo from, TimeZoneInfo to)
    {
        if (utc is not { } value)
        {
            return null;
        }

        var local = DateTime.SpecifyKind(Features.Shared.EventTime.ToLocal(value, from).DateTime, DateTimeKind.Unspecified);
        return to.IsInvalidTime(local) ? value : TimeZoneInfo.ConvertTimeToUtc(local, to);
    }
}
