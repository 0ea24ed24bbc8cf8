using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class RepresentationForm : TranslatedForm
{
    [Chosen(ErrorMessage = "Choose the event.")]
    [References(ContentKind.Event)]
    [Display(Name = "Event")]
    public int EventId { get; set; }

    [Chosen(ErrorMessage = "Choose the city.")]
    [References(ContentKind.City)]
    [Display(Name = "City")]
    public int CityId { get; set; }

    [Chosen(ErrorMessage = "Choose the person.")]
    [References(ContentKind.Person)]
    [Display(Name = "Person", Description = "Add the person under People first if they are not in the list.")]
    public int PersonId { get; set; }

    [Required(ErrorMessage = "Enter the title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters.")]
    [Display(Name = "Title", Description = "As the source gives it: Mayor, Governor, Director of the City … The page adds the city (\"Mayor of New York\") unless the title already says \"of\".")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "The government can be at most 200 characters.")]
    [Display(Name = "City government", Description = "Optional, only where the source names it, e.g. Greater Amman Municipality.")]
    public string? Government { get; set; }

    [StringLength(200, ErrorMessage = "The note can be at most 200 characters.")]
    [Display(Name = "Note", Description = "Optional, short, e.g. Host, Video message.")]
    public string? Note { get; set; }

    [Range(0, 1000, ErrorMessage = "The order is a whole number from 0 to 1000.")]
    [Display(Name = "Order", Description = "Representatives of an event are listed in this order.")]
    public int SortOrder { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Title (Japanese)")]
    public string? TitleJa { get; set; }

    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "City government (Japanese)")]
    public string? GovernmentJa { get; set; }

    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Note (Japanese)")]
    public string? NoteJa { get; set; }
}

/// <summary>Who represented a city at an event. Their greetings and sessions are roles on the program items.</summary>
public sealed class RepresentationEditor(SummitDbContext db) : ContentEditor<RepresentationForm, Representation>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.Representation);

    protected override IQueryable<Representation> Query => Db.Representations;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var rows = await Db.Representations.AsNoTracking()
            .OrderByDescending(r => r.Event.StartDate).ThenBy(r => r.SortOrder)
            .Select(r => new
            {
                r.Id, r.Title, r.SortOrder, r.EventId, Event = r.Event.ShortTitle, City = r.City.Name, CitySlug = r.City.Slug,
                r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder,
            })
            .ToListAsync(ct);
        return new AdminList(
            [new("Person"), new("Title"), new("City"), new("Event"), new("Order", Numeric: true)],
            rows.Select(r => new AdminRow(r.Id,
                [PersonName.Display(r.GivenName, r.FamilyName, r.NameOrder), r.Title, r.City, r.Event, Num(r.SortOrder)],
                SiteUrls.City(r.CitySlug),
                new Dictionary<string, string> { ["event"] = Num(r.EventId) })).ToList(),
            [new("event", "Event", await Options.EventsAsync(Db, ct))]);
    }

    public override async Task<RepresentationForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var eventId = QueryInt(query, "event") ?? 0;
        var last = await Db.Representations.Where(r => r.EventId == eventId).MaxAsync(r => (int?)r.SortOrder, ct) ?? 0;
        return new RepresentationForm { EventId = eventId, CityId = QueryInt(query, "city") ?? 0, SortOrder = last + 1 };
    }

    public override async Task<FormOptions> OptionsAsync(RepresentationForm form, CancellationToken ct) => new()
    {
        ["events"] = await Options.EventsAsync(Db, ct),
        ["cities"] = await Options.CitiesAsync(Db, ct),
        ["people"] = await Options.PeopleAsync(Db, ct),
    };

    protected override RepresentationForm ToForm(Representation r) => new()
    {
        Id = r.Id, Version = r.Version, EventId = r.EventId, CityId = r.CityId, PersonId = r.PersonId,
        Title = r.Title, Government = r.Government, Note = r.Note, SortOrder = r.SortOrder,
    };

    protected override async Task<bool> ApplyAsync(RepresentationForm form, Representation rep, SaveContext context, CancellationToken ct)
    {
        if (!await Db.Events.AnyAsync(e => e.Id == form.EventId, ct))
        {
            context.Errors.AddModelError(nameof(RepresentationForm.EventId), "Choose an event that exists.");
        }

        if (!await Db.Cities.AnyAsync(c => c.Id == form.CityId, ct))
        {
            context.Errors.AddModelError(nameof(RepresentationForm.CityId), "Choose a city that exists.");
        }

        if (!await Db.People.AnyAsync(p => p.Id == form.PersonId, ct))
        {
            context.Errors.AddModelError(nameof(RepresentationForm.PersonId), "Choose a person who exists.");
        }

        if (context.Errors.ErrorCount > 0)
        {
            return false;
        }

        if (await Db.Representations.AnyAsync(r => r.Id != rep.Id && r.EventId == form.EventId && r.CityId == form.CityId && r.PersonId == form.PersonId, ct))
        {
            context.Errors.AddModelError(nameof(RepresentationForm.PersonId), "This person already represents this city at this event.");
            return false;
        }

        rep.EventId = form.EventId;
        rep.CityId = form.CityId;
        rep.PersonId = form.PersonId;
        rep.Title = form.Title.Trim();
        rep.Government = string.IsNullOrWhiteSpace(form.Government) ? null : form.Government.Trim();
        rep.Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        rep.SortOrder = form.SortOrder;
        return true;
    }

    public override Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct) =>
        Task.FromResult(new DeleteCheck([], ["The person and the city stay; only that the person represented the city is removed."]));

    public override string Label(RepresentationForm form) => form.Title;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.Representations.Where(r => r.Id == id).Select(r => r.City.Slug).SingleOrDefaultAsync(ct) is { } slug ? SiteUrls.City(slug) : null;

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
