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

public sealed class ThemeForm : TranslatedForm
{
    [Chosen(ErrorMessage = "Choose the event.")]
    [References(ContentKind.Event)]
    [Display(Name = "Event")]
    public int EventId { get; set; }

    [Required(ErrorMessage = "Enter the theme's name.")]
    [StringLength(150, ErrorMessage = "The name can be at most 150 characters.")]
    [Display(Name = "Name", Description = "e.g. Safe and Secure Cities")]
    public string Name { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Slug", Description = Slugs.Hint)]
    public string? Slug { get; set; }

    [Range(0, 1000, ErrorMessage = "The order is a whole number from 0 to 1000.")]
    [Display(Name = "Order", Description = "Themes are listed in this order.")]
    public int SortOrder { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(150, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Name (Japanese)")]
    public string? NameJa { get; set; }
}

public sealed class ThemeEditor(SummitDbContext db) : ContentEditor<ThemeForm, Theme>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.Theme);

    protected override IQueryable<Theme> Query => Db.Themes;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var themes = await Db.Themes.AsNoTracking()
            .Select(t => new { t.Id, t.Name, t.SortOrder, t.EventId, Event = t.Event.ShortTitle, Items = t.Items.Count })
            .ToListAsync(ct);
        return new AdminList(
            [new("Name"), new("Event"), new("Order", Numeric: true), new("Sessions", Numeric: true)],
            themes.Select(t => new AdminRow(t.Id, [t.Name, t.Event, Num(t.SortOrder), Num(t.Items)], null,
                new Dictionary<string, string> { ["event"] = Num(t.EventId) })).ToList(),
            [new("event", "Event", await Options.EventsAsync(Db, ct))]);
    }

    public override Task<ThemeForm> NewAsync(IQueryCollection query, CancellationToken ct) =>
        Task.FromResult(new ThemeForm { EventId = QueryInt(query, "event") ?? 0 });

    public override async Task<FormOptions> OptionsAsync(ThemeForm form, CancellationToken ct) =>
        new() { ["events"] = await Options.EventsAsync(Db, ct) };

    protected override ThemeForm ToForm(Theme t) => new()
    {
        Id = t.Id, Version = t.Version, EventId = t.EventId, Name = t.Name, Slug = t.Slug, SortOrder = t.SortOrder,
    };

    protected override async Task<bool> ApplyAsync(ThemeForm form, Theme theme, SaveContext context, CancellationToken ct)
    {
        if (!await Db.Events.AnyAsync(e => e.Id == form.EventId, ct))
        {
            context.Errors.AddModelError(nameof(ThemeForm.EventId), "Choose an event that exists.");
            return false;
        }

        if (theme.Id != 0 && theme.EventId != form.EventId && await Db.ProgramItems.AnyAsync(i => i.ThemeId == theme.Id, ct))
        {
            context.Errors.AddModelError(nameof(ThemeForm.EventId), "Sessions of this event use the theme; it cannot move to another event.");
            return false;
        }

        var eventId = form.EventId;
        var slug = await ChooseSlugAsync(form.Slug, form.Name, theme, t => t.EventId == eventId, t => t.Slug, context, ct);
        if (slug is null)
        {
            return false;
        }

        theme.EventId = form.EventId;
        theme.Name = form.Name.Trim();
        theme.Slug = slug;
        theme.SortOrder = form.SortOrder;
        return true;
    }

    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var items = await Db.ProgramItems.AsNoTracking().Where(i => i.ThemeId == id).Select(i => i.Title).ToListAsync(ct);
        return new DeleteCheck(items.Select(i => StaffWords.Say("{0} has this theme. Give it another theme first.", i)).ToList(), []);
    }

    public override string Label(ThemeForm form) => form.Name;

    public override Task<string?> PublicUrlAsync(int id, CancellationToken ct) => Task.FromResult<string?>(null);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}

public sealed class ProgramDayForm : TranslatedForm
{
    [Chosen(ErrorMessage = "Choose the event.")]
    [References(ContentKind.Event)]
    [Display(Name = "Event")]
    public int EventId { get; set; }

    [Display(Name = "Date", Description = "A day within the event's dates.")]
    public DateOnly Date { get; set; }

    [StringLength(150)]
    [Display(Name = "Title", Description = "Optional, e.g. Site visit.")]
    public string? Title { get; set; }

    [StringLength(500)]
    [Display(Name = "Note", Description = "Optional, shown under the day's heading.")]
    public string? Note { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(150, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(500, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Note (Japanese)")]
    public string? NoteJa { get; set; }
}

public sealed class ProgramDayEditor(SummitDbContext db) : ContentEditor<ProgramDayForm, ProgramDay>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.ProgramDay);

    protected override IQueryable<ProgramDay> Query => Db.ProgramDays;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var days = await Db.ProgramDays.AsNoTracking()
            .Select(d => new { d.Id, d.Date, d.Title, d.EventId, Event = d.Event.ShortTitle, EventSlug = d.Event.Slug, Items = d.Items.Count })
            .ToListAsync(ct);
        return new AdminList(
            [new("Date"), new("Title"), new("Event"), new("Items", Numeric: true)],
            days.Select(d => new AdminRow(d.Id, [Display.IsoDate(d.Date), d.Title ?? "", d.Event, d.Items.ToString(CultureInfo.InvariantCulture)],
                SiteUrls.ProgramDay(d.EventSlug, d.Date),
                new Dictionary<string, string> { ["event"] = d.EventId.ToString(CultureInfo.InvariantCulture) })).ToList(),
            [new("event", "Event", await Options.EventsAsync(Db, ct))]);
    }

    public override async Task<ProgramDayForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var eventId = QueryInt(query, "event") ?? 0;
        var start = await Db.Events.Where(e => e.Id == eventId).Select(e => (DateOnly?)e.StartDate).SingleOrDefaultAsync(ct);
        return new ProgramDayForm { EventId = eventId, Date = start ?? DateOnly.FromDateTime(DateTime.UtcNow) };
    }

    public override async Task<FormOptions> OptionsAsync(ProgramDayForm form, CancellationToken ct) =>
        new() { ["events"] = await Options.EventsAsync(Db, ct) };

    protected override ProgramDayForm ToForm(ProgramDay d) => new()
    {
        Id = d.Id, Version = d.Version, EventId = d.EventId, Date = d.Date, Title = d.Title, Note = d.Note,
    };

    protected override async Task<bool> ApplyAsync(ProgramDayForm form, ProgramDay day, SaveContext context, CancellationToken ct)
    {
        var ev = await Db.Events.AsNoTracking().Where(e => e.Id == form.EventId).Select(e => new { e.StartDate, e.EndDate }).SingleOrDefaultAsync(ct);
        if (ev is null)
        {
            context.Errors.AddModelError(nameof(ProgramDayForm.EventId), "Choose an event that exists.");
            return false;
        }

        if (form.Date < ev.StartDate || form.Date > ev.EndDate)
        {
            context.Errors.AddModelError(nameof(ProgramDayForm.Date),
                $"The date must be within the event, {Display.IsoDate(ev.StartDate)} to {Display.IsoDate(ev.EndDate)}.");
            return false;
        }

        var id = day.Id;
        if (await Db.ProgramDays.AnyAsync(d => d.EventId == form.EventId && d.Date == form.Date && d.Id != id, ct))
        {
            context.Errors.AddModelError(nameof(ProgramDayForm.Date), "The event already has a program day on this date.");
            return false;
        }

        if (day.Id != 0 && day.EventId != form.EventId && await Db.ProgramItems.AnyAsync(i => i.DayId == id, ct))
        {
            context.Errors.AddModelError(nameof(ProgramDayForm.EventId), "The day has program items; it cannot move to another event.");
            return false;
        }

        if (day.Id != 0 && day.Date != form.Date)
        {
            // Item times are stored as instants: moving the day moves them by the same number of days.
            var shift = TimeSpan.FromDays(form.Date.DayNumber - day.Date.DayNumber);
            foreach (var item in await Db.ProgramItems.Where(i => i.DayId == id && i.StartsAtUtc != null).ToListAsync(ct))
            {
                item.StartsAtUtc += shift;
                item.EndsAtUtc += shift;
            }
        }

        day.EventId = form.EventId;
        day.Date = form.Date;
        day.Title = string.IsNullOrWhiteSpace(form.Title) ? null : form.Title.Trim();
        day.Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        return true;
    }

    /// <summary>Items have histories of their own: a day is deleted once they are moved or deleted.</summary>
    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var items = await Db.ProgramItems.AsNoTracking().Where(i => i.DayId == id).OrderBy(i => i.SortOrder).Select(i => i.Title).ToListAsync(ct);
        return new DeleteCheck(
            items.Count == 0 ? [] : [StaffWords.Say("It has {0} program items ({1}). Move them to another day or delete them first.", items.Count, string.Join(StaffWords.Say(", "), items))],
            []);
    }

    public override string Label(ProgramDayForm form) => Display.Day(form.Date);

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.ProgramDays.Where(d => d.Id == id).Select(d => new { EventSlug = d.Event.Slug, d.Date }).SingleOrDefaultAsync(ct) is { } day
            ? SiteUrls.ProgramDay(day.EventSlug, day.Date)
            : null;
}

/// <summary>Select lists several editors share.</summary>
internal static class Options
{
    public static async Task<IReadOnlyList<SelectListItem>> EventsAsync(SummitDbContext db, CancellationToken ct) =>
        await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new SelectListItem(e.ShortTitle, e.Id.ToString())).ToListAsync(ct);

    public static async Task<IReadOnlyList<SelectListItem>> CitiesAsync(SummitDbContext db, CancellationToken ct) =>
        (await db.Cities.AsNoTracking().Select(c => new { c.Id, c.Name, c.Country }).ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.Create(Display.Culture, ignoreCase: true))
            .Select(c => new SelectListItem($"{c.Name} ({c.Country})", c.Id.ToString(CultureInfo.InvariantCulture))).ToList();

    /// <summary>Cities grouped by continent (the group), by name within it: one list of checkboxes.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CitiesByContinentAsync(SummitDbContext db, CancellationToken ct)
    {
        var groups = Enum.GetValues<Continent>().ToDictionary(c => c, c => new SelectListGroup { Name = c.ToString() });
        return (await db.Cities.AsNoTracking().Select(c => new { c.Id, c.Name, c.Country, c.Continent }).ToListAsync(ct))
            .OrderBy(c => c.Continent).ThenBy(c => c.Name, StringComparer.Create(Display.Culture, ignoreCase: true))
            .Select(c => new SelectListItem($"{c.Name} ({c.Country})", c.Id.ToString(CultureInfo.InvariantCulture)) { Group = groups[c.Continent] })
            .ToList();
    }

    public static async Task<IReadOnlyList<SelectListItem>> PeopleAsync(SummitDbContext db, CancellationToken ct) =>
        (await db.People.AsNoTracking().Select(p => new { p.Id, p.GivenName, p.FamilyName, p.NameOrder, p.Honorific }).ToListAsync(ct))
            .Select(p => new SelectListItem(PersonName.WithHonorific(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder), p.Id.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(i => i.Text, StringComparer.Create(Display.Culture, ignoreCase: true))
            .ToList();
}
