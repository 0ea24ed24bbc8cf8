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

/// <summary>A form whose records are kept in an order staff can change with Move up / Move down.</summary>
public interface IOrderedForm
{
    int SortOrder { get; set; }
}

public sealed class ProgramItemForm : TranslatedForm, IOrderedForm
{
    [Chosen(ErrorMessage = "Choose the day.")]
    [References(ContentKind.ProgramDay)]
    [Display(Name = "Day")]
    public int DayId { get; set; }

    [Display(Name = "Kind")]
    public ProgramItemKind Kind { get; set; } = ProgramItemKind.Session;

    [Required(ErrorMessage = "Enter the title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters.")]
    [Display(Name = "Title", Description = "e.g. Session 6, Opening ceremony")]
    public string Title { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Slug", Description = Slugs.Hint)]
    public string? Slug { get; set; }

    [Range(0, 1000, ErrorMessage = "The order is a whole number from 0 to 1000.")]
    [Display(Name = "Order within the day", Description = "Lower comes first. The program list also has Move up and Move down.")]
    public int SortOrder { get; set; }

    [References(ContentKind.Theme)]
    [Display(Name = "Theme")]
    public int? ThemeId { get; set; }

    [Display(Name = "Starts at", Description = "Optional; in the event's time zone (e.g. 10:00 for Japan Standard Time).")]
    public TimeOnly? StartsAt { get; set; }

    [Display(Name = "Ends at", Description = "Optional; in the event's time zone.")]
    public TimeOnly? EndsAt { get; set; }

    [StringLength(500)]
    [Display(Name = "Note", Description = "A short note shown with the item, e.g. who attended.")]
    public string? Note { get; set; }

    [StringLength(20000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Description")]
    public string? DescriptionMarkdown { get; set; }

    [StringLength(500)]
    [DataType(DataType.Url)]
    [Display(Name = "Recording", Description = "Optional. The video on YouTube (youtube.com/watch?v=…, youtu.be/…) or Vimeo (vimeo.com/…). The page shows a player that loads only when a visitor asks for it.")]
    public string? VideoUrl { get; set; }

    [References(ContentKind.Person)]
    [Display(Name = "Moderators")]
    public List<int?> Moderators { get; set; } = [];

    [Display(Name = "Speakers")]
    public List<SpeakerRow> Speakers { get; set; } = [];

    /// <summary>The ticked cities (checkboxes; an unticked one binds as null).</summary>
    [References(ContentKind.City)]
    [Display(Name = "Participating cities")]
    public List<int?> Cities { get; set; } = [];

    /// <summary>The cities' order when the form was opened (the public page lists them in it). Not part of revisions.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public List<int> CityOrder { get; set; } = [];

    /// <summary>
    /// The ticked cities in the order to save: cities listed before keep their order, newly ticked ones
    /// follow in the order of the list (by continent, then name). Without <see cref="CityOrder"/> (a
    /// restored revision), the order of <see cref="Cities"/> as it is.
    /// </summary>
    public List<int> CitiesInOrder()
    {
        var ticked = Cities.OfType<int>().ToList();
        return CityOrder.Where(ticked.Contains).Distinct().Concat(ticked.Where(id => !CityOrder.Contains(id))).ToList();
    }

    /// <summary>The ticked cities in saved order, so a conflict does not report a mere change of order.</summary>
    public override void Normalize() => Cities = CitiesInOrder().Select(id => (int?)id).ToList();

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(500, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Note (Japanese)")]
    public string? NoteJa { get; set; }

    [StringLength(20000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Description (Japanese)")]
    public string? DescriptionMarkdownJa { get; set; }
}

public sealed class SpeakerRow : IFormRow
{
    [References(ContentKind.Person)]
    public int? PersonId { get; set; }

    public AppearanceMode Appearance { get; set; }

    /// <summary>Speaker, or a city representative's greeting or attendance (never Moderator: moderators have their own list).</summary>
    public PersonRole Role { get; set; } = PersonRole.Speaker;

    public string Describe(Func<ContentKind, int, string> nameOf) =>
        PersonId is { } id
            ? nameOf(ContentKind.Person, id) + (Role == PersonRole.Speaker ? "" : $" ({Display.Label(Role).ToLowerInvariant()})")
              + (Appearance == AppearanceMode.InPerson ? "" : $" ({Display.Label(Appearance).ToLowerInvariant()})")
            : "";
}

public sealed class ProgramItemEditor(SummitDbContext db) : ContentEditor<ProgramItemForm, ProgramItem>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.ProgramItem);

    protected override IQueryable<ProgramItem> Query =>
        Db.ProgramItems.Include(i => i.Day).Include(i => i.Event).Include(i => i.People).Include(i => i.Cities);

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var items = await Db.ProgramItems.AsNoTracking()
            .OrderBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new
            {
                i.Id, i.Slug, i.Title, i.Kind, i.SortOrder, i.EventId, i.DayId, i.Day.Date, i.StartsAtUtc,
                EventSlug = i.Event.Slug, Event = i.Event.ShortTitle, i.Event.TimeZoneId,
                Theme = i.Theme != null ? i.Theme.Name : "",
                Cities = i.Cities.Count,
            })
            .ToListAsync(ct);
        var ends = Ends(items, i => i.DayId, i => i.SortOrder, i => i.Id);
        string Time(DateTime? utc, string zone) =>
            utc is { } at ? EventTime.ToLocal(at, EventTime.Zone(zone)).ToString("HH:mm", CultureInfo.InvariantCulture) : "";
        return new AdminList(
            [new("Day"), new("Time"), new("Order", Numeric: true), new("Title"), new("Kind"), new("Theme"), new("Cities", Numeric: true), new("Event")],
            items.Select(i => new AdminRow(
                i.Id,
                [Display.IsoDate(i.Date), Time(i.StartsAtUtc, i.TimeZoneId), Num(i.SortOrder), i.Title, Display.Label(i.Kind), i.Theme, Num(i.Cities), i.Event],
                SiteUrls.ProgramItem(i.EventSlug, i.Slug),
                new Dictionary<string, string> { ["event"] = Num(i.EventId), ["kind"] = i.Kind.ToString() },
                MoveActions(i.Id, ends[i.Id].IsFirst, ends[i.Id].IsLast),
                string.Join(", ", new[] { Time(i.StartsAtUtc, i.TimeZoneId), Display.Day(i.Date) }.Where(s => s.Length > 0))))
                .ToList(),
            [
                new("event", "Event", await Options.EventsAsync(Db, ct)),
                new("kind", "Kind", EnumOptions<ProgramItemKind>(Display.Label)),
            ],
            NameColumn: 3);
    }

    public override async Task<ProgramItemForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var dayId = QueryInt(query, "day") ?? 0;
        var last = await Db.ProgramItems.Where(i => i.DayId == dayId).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0;
        return new ProgramItemForm { DayId = dayId, SortOrder = last + 1 };
    }

    public override async Task<FormOptions> OptionsAsync(ProgramItemForm form, CancellationToken ct)
    {
        var days = await Db.ProgramDays.AsNoTracking().OrderByDescending(d => d.Event.StartDate).ThenBy(d => d.Date)
            .Select(d => new { d.Id, d.Date, Event = d.Event.ShortTitle }).ToListAsync(ct);
        var themes = await Db.Themes.AsNoTracking().OrderByDescending(t => t.Event.StartDate).ThenBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name, Event = t.Event.ShortTitle }).ToListAsync(ct);
        var groups = days.Select(d => d.Event).Concat(themes.Select(t => t.Event)).Distinct()
            .ToDictionary(e => e, e => new SelectListGroup { Name = e });
        return new FormOptions
        {
            ["days"] = days.Select(d => new SelectListItem(Display.Day(d.Date), Num(d.Id)) { Group = groups[d.Event] }).ToList(),
            ["themes"] = themes.Select(t => new SelectListItem(t.Name, Num(t.Id)) { Group = groups[t.Event] }).ToList(),
            ["kinds"] = EnumOptions<ProgramItemKind>(Display.Label),
            ["people"] = await Options.PeopleAsync(Db, ct),
            ["cities"] = await Options.CitiesByContinentAsync(Db, ct),
            ["appearances"] = EnumOptions<AppearanceMode>(Display.Label),
            ["roles"] = new[] { PersonRole.Speaker, PersonRole.Greeting, PersonRole.Participant }
                .Select(r => new SelectListItem(r == PersonRole.Participant ? "Attended" : r.ToString(), r.ToString())).ToList(),
        };
    }

    protected override ProgramItemForm ToForm(ProgramItem i)
    {
        var zone = i.Event.TimeZoneId;
        return new ProgramItemForm
        {
            Id = i.Id,
            Version = i.Version,
            DayId = i.DayId,
            Kind = i.Kind,
            Title = i.Title,
            Slug = i.Slug,
            SortOrder = i.SortOrder,
            ThemeId = i.ThemeId,
            StartsAt = i.StartsAtUtc is { } start ? TimeOnly.FromDateTime(EventTime.ToLocal(start, EventTime.Zone(zone)).DateTime) : null,
            EndsAt = i.EndsAtUtc is { } end ? TimeOnly.FromDateTime(EventTime.ToLocal(end, EventTime.Zone(zone)).DateTime) : null,
            Note = i.Note,
            DescriptionMarkdown = i.DescriptionMarkdown,
            VideoUrl = i.VideoUrl,
            Moderators = i.People.Where(p => p.Role == PersonRole.Moderator).OrderBy(p => p.SortOrder).Select(p => (int?)p.PersonId).ToList(),
            Speakers = i.People.Where(p => p.Role != PersonRole.Moderator).OrderBy(p => p.SortOrder)
                .Select(p => new SpeakerRow { PersonId = p.PersonId, Appearance = p.Appearance, Role = p.Role }).ToList(),
            Cities = i.Cities.OrderBy(c => c.SortOrder).Select(c => (int?)c.CityId).ToList(),
        };
    }

    protected override async Task<bool> ApplyAsync(ProgramItemForm form, ProgramItem item, SaveContext context, CancellationToken ct)
    {
        var day = await Db.ProgramDays.AsNoTracking().Where(d => d.Id == form.DayId)
            .Select(d => new { d.Id, d.Date, d.EventId, d.Event.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (day is null)
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.DayId), "Choose a day that exists.");
            return false;
        }

        if (form.ThemeId is { } themeId && !await Db.Themes.AnyAsync(t => t.Id == themeId && t.EventId == day.EventId, ct))
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.ThemeId), "Choose a theme of the same event as the day.");
        }

        if (form.EndsAt is not null && form.StartsAt is null)
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.StartsAt), "Enter the start time as well as the end time.");
        }
        else if (form.EndsAt <= form.StartsAt)
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.EndsAt), "The end time must be after the start time.");
        }

        foreach (var (field, time) in new[] { (nameof(ProgramItemForm.StartsAt), form.StartsAt), (nameof(ProgramItemForm.EndsAt), form.EndsAt) })
        {
            if (time is { } value && !EventTime.Exists(day.Date, value, day.TimeZoneId))
            {
                context.Errors.AddModelError(field, $"{value:HH:mm} does not exist on {Display.IsoDate(day.Date)} in {day.TimeZoneId}: the clocks skip it. Choose another time.");
            }
        }

        Recording? recording = null;
        if (!string.IsNullOrWhiteSpace(form.VideoUrl) && !Recording.TryParse(form.VideoUrl, out recording, out var videoError))
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.VideoUrl), videoError);
        }

        var moderators = form.Moderators.OfType<int>().ToList();
        var speakers = form.Speakers.Where(s => s.PersonId is not null).ToList();
        var cities = form.CitiesInOrder();
        var peopleIds = moderators.Concat(speakers.Select(s => s.PersonId!.Value)).Distinct().ToList();
        if (await Db.People.CountAsync(p => peopleIds.Contains(p.Id), ct) != peopleIds.Count)
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Speakers), "One of the people no longer exists. Reload the page and choose again.");
        }

        if (moderators.Count != moderators.Distinct().Count())
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Moderators), "The same moderator is chosen twice.");
        }

        if (speakers.Any(s => s.Role is not (PersonRole.Speaker or PersonRole.Greeting or PersonRole.Participant)))
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Speakers), "Choose Speaker, Greeting or Attended as the role; moderators have their own list.");
        }

        if (speakers.Count != speakers.DistinctBy(s => (s.PersonId, s.Role)).Count())
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Speakers), "The same person is chosen twice in the same role.");
        }

        var knownCities = await Db.Cities.Where(c => cities.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        if (knownCities.Count != cities.Distinct().Count())
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Cities), "One of the cities no longer exists. Reload the page and choose again.");
        }
        else if (cities.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            context.Errors.AddModelError(nameof(ProgramItemForm.Cities), $"{knownCities.Single(c => c.Id == twice.Key).Name} is listed twice.");
        }

        var slug = await ChooseSlugAsync(form.Slug, form.Title, item, i => i.EventId == day.EventId, i => i.Slug, context, ct, day.EventId);
        if (slug is null || context.Errors.ErrorCount > 0)
        {
            return false;
        }

        item.EventId = day.EventId;
        item.DayId = day.Id;
        item.Kind = form.Kind;
        item.Title = form.Title.Trim();
        item.Slug = slug;
        item.SortOrder = form.SortOrder;
        item.ThemeId = form.ThemeId;
        item.StartsAtUtc = form.StartsAt is { } s ? EventTime.ToUtc(day.Date, s, day.TimeZoneId) : null;
        item.EndsAtUtc = form.EndsAt is { } e ? EventTime.ToUtc(day.Date, e, day.TimeZoneId) : null;
        item.Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        item.DescriptionMarkdown = form.DescriptionMarkdown?.Trim() ?? "";
        item.VideoUrl = recording?.WatchUrl;

        // Moderators keep how they appeared (the form does not ask); new ones are in person.
        var moderatorAppearance = item.People.Where(p => p.Role == PersonRole.Moderator)
            .ToDictionary(p => p.PersonId, p => p.Appearance);
        var people = speakers.Select(s => (Id: s.PersonId!.Value, s.Role, s.Appearance))
            .Concat(moderators.Select(m => (Id: m, Role: PersonRole.Moderator, Appearance: moderatorAppearance.GetValueOrDefault(m, AppearanceMode.InPerson))))
            .ToList();
        item.People.Clear();
        item.People.AddRange(people.Select((p, index) => new ProgramItemPerson
        {
            PersonId = p.Id, Role = p.Role, Appearance = p.Appearance, SortOrder = index + 1,
        }));
        item.Cities.Clear();
        item.Cities.AddRange(cities.Select((cityId, index) => new ProgramItemCity { CityId = cityId, SortOrder = index + 1 }));
        return true;
    }

    public override Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct) =>
        Task.FromResult(new DeleteCheck([], ["Its speakers, moderator and participating cities are unlinked (the people and cities stay)."]));

    public override string Label(ProgramItemForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.ProgramItems.Where(i => i.Id == id).Select(i => new { EventSlug = i.Event.Slug, i.Slug }).SingleOrDefaultAsync(ct) is { } item
            ? SiteUrls.ProgramItem(item.EventSlug, item.Slug)
            : null;

    /// <summary>The items of the same day, in order, for Move up / Move down.</summary>
    public async Task<IReadOnlyList<int>> SiblingsAsync(int id, CancellationToken ct)
    {
        var dayId = await Db.ProgramItems.Where(i => i.Id == id).Select(i => (int?)i.DayId).SingleOrDefaultAsync(ct);
        return dayId is null
            ? []
            : await Db.ProgramItems.Where(i => i.DayId == dayId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
