using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class PersonForm : EditForm
{
    [StringLength(20, ErrorMessage = "The honorific can be at most 20 characters.")]
    [Display(Name = "Honorific", Description = "As the summit writes it, e.g. Mr., Ms., Dr.")]
    public string? Honorific { get; set; }

    [Required(ErrorMessage = "Enter the given name.")]
    [StringLength(100, ErrorMessage = "The given name can be at most 100 characters.")]
    [Display(Name = "Given name")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Enter the family name.")]
    [StringLength(100, ErrorMessage = "The family name can be at most 100 characters.")]
    [Display(Name = "Family name")]
    public string FamilyName { get; set; } = "";

    [Display(Name = "Name order", Description = "Japanese names are shown FAMILY Given, e.g. IZUMO Mitsuru.")]
    public NameOrder NameOrder { get; set; }

    [StringLength(100, ErrorMessage = "The slug can be at most 100 characters.")]
    [Display(Name = "Slug", Description = Slugs.Hint)]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the position, as it should appear on the site.")]
    [StringLength(300, ErrorMessage = "The position can be at most 300 characters.")]
    [Display(Name = "Position", Description = "Shown as typed, e.g. Founder and President of Euglena Co., Ltd.")]
    public string Position { get; set; } = "";

    [StringLength(200, ErrorMessage = "The organisation can be at most 200 characters.")]
    [Display(Name = "Organisation", Description = "The organisation alone, for search engines, e.g. Euglena Co., Ltd.")]
    public string? Organisation { get; set; }

    [StringLength(10000, ErrorMessage = "The biography can be at most 10,000 characters.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Biography")]
    public string? BioMarkdown { get; set; }

    [References(ContentKind.Image)]
    [Display(Name = "Photo")]
    public int? PhotoId { get; set; }

    [StringLength(300, ErrorMessage = "The alt text can be at most 300 characters.")]
    [Display(Name = "Photo description (alt text)", Description = "What the photo shows, for people who cannot see it, e.g. Portrait of Mr. IZUMO Mitsuru.")]
    public string? PhotoAlt { get; set; }

    [JsonIgnore]
    [Display(Name = "New photo", Description = "JPEG, PNG, WebP or GIF, at most 5 MB. It is cropped to a square.")]
    public IFormFile? PhotoUpload { get; set; }

    [JsonIgnore]
    [Display(Name = "Remove the photo (show initials instead)")]
    public bool RemovePhoto { get; set; }

    [Display(Name = "Roles in the program")]
    public List<AppearanceRow> Appearances { get; set; } = [];
}

public sealed class AppearanceRow : IFormRow
{
    [References(ContentKind.ProgramItem)]
    public int? ProgramItemId { get; set; }

    public PersonRole Role { get; set; }

    public AppearanceMode Appearance { get; set; }

    public string Describe(Func<ContentKind, int, string> nameOf) =>
        ProgramItemId is { } id ? $"{Role} in {nameOf(ContentKind.ProgramItem, id)} ({Display.Label(Appearance).ToLowerInvariant()})" : "";
}

public sealed class PersonEditor(SummitDbContext db, ImageStore images) : ContentEditor<PersonForm, Person>(db)
{
    public override EditorInfo Info { get; } = new(ContentKind.Person, "person", "People", "/admin/people");

    protected override IQueryable<Person> Query => Db.People.Include(p => p.Appearances.OrderBy(a => a.ProgramItemId));

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var people = await Db.People.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Slug, p.GivenName, p.FamilyName, p.NameOrder, p.Position, HasPhoto = p.PhotoId != null,
                Roles = p.Appearances.Select(a => a.Role).ToList(),
            })
            .ToListAsync(ct);
        return new AdminList(
            [new("Name"), new("Position"), new("Roles"), new("Photo")],
            people.Select(p => new AdminRow(
                p.Id,
                [PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder), p.Position, string.Join(", ", p.Roles.Distinct().Order()), p.HasPhoto ? "Yes" : "No (initials)"],
                $"/people/{p.Slug}",
                new Dictionary<string, string>
                {
                    ["role"] = string.Join(",", p.Roles.Distinct()),
                    ["photo"] = p.HasPhoto ? "yes" : "no",
                })).ToList(),
            [new("photo", "Photo", [new("With a photo", "yes"), new("Without a photo", "no")])]);
    }

    public override Task<PersonForm> NewAsync(IQueryCollection query, CancellationToken ct) => Task.FromResult(new PersonForm());

    public override async Task<FormOptions> OptionsAsync(PersonForm form, CancellationToken ct)
    {
        var items = await Db.ProgramItems.AsNoTracking()
            .OrderByDescending(i => i.Event.StartDate).ThenBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.Title, Event = i.Event.ShortTitle, Theme = i.Theme != null ? i.Theme.Name : null })
            .ToListAsync(ct);
        var groups = items.Select(i => i.Event).Distinct().ToDictionary(e => e, e => new SelectListGroup { Name = e });
        var photo = form.PhotoId is { } id
            ? await Db.Images.AsNoTracking().Where(i => i.Id == id).Select(i => new SelectListItem(i.OriginalFileName, i.Key)).SingleOrDefaultAsync(ct)
            : null;
        return new FormOptions
        {
            ["nameOrders"] = EnumOptions<NameOrder>(o => o == NameOrder.FamilyGiven ? "FAMILY Given (Japanese names)" : "Given Family"),
            ["items"] = items.Select(i => new SelectListItem(i.Theme is null ? i.Title : $"{i.Title}: {i.Theme}", i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Group = groups[i.Event] }).ToList(),
            ["roles"] = EnumOptions<PersonRole>(),
            ["appearances"] = EnumOptions<AppearanceMode>(Display.Label),
            ["photo"] = photo is null ? [] : [photo],
        };
    }

    protected override PersonForm ToForm(Person person) => new()
    {
        Id = person.Id,
        Version = person.Version,
        Honorific = person.Honorific,
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        NameOrder = person.NameOrder,
        Slug = person.Slug,
        Position = person.Position,
        Organisation = person.Organisation,
        BioMarkdown = person.BioMarkdown,
        PhotoId = person.PhotoId,
        PhotoAlt = person.PhotoAlt,
        Appearances = person.Appearances
            .Select(a => new AppearanceRow { ProgramItemId = a.ProgramItemId, Role = a.Role, Appearance = a.Appearance })
            .ToList(),
    };

    protected override async Task<bool> ApplyAsync(PersonForm form, Person person, SaveContext context, CancellationToken ct)
    {
        var slugSource = form.NameOrder == NameOrder.FamilyGiven ? $"{form.FamilyName} {form.GivenName}" : $"{form.GivenName} {form.FamilyName}";
        var slug = await ChooseSlugAsync(form.Slug, slugSource, person, _ => true, p => p.Slug, context, ct);

        var rows = form.Appearances.Where(a => a.ProgramItemId is not null).ToList();
        var itemIds = rows.Select(r => r.ProgramItemId!.Value).Distinct().ToList();
        var existing = await Db.ProgramItems.Where(i => itemIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        if (existing.Count != itemIds.Count)
        {
            context.Errors.AddModelError("Appearances", "One of the program items no longer exists. Reload the page and choose again.");
        }

        if (rows.GroupBy(r => (r.ProgramItemId, r.Role)).Any(g => g.Count() > 1))
        {
            context.Errors.AddModelError("Appearances", "The same role in the same program item is listed twice.");
        }

        MediaImage? upload = null;
        if (form.PhotoUpload is { } file)
        {
            var result = await images.SaveAsync(file, ImageStore.PersonWidths, square: true, context.UserName, ct);
            if (result.Error is not null)
            {
                context.Errors.AddModelError(nameof(PersonForm.PhotoUpload), result.Error);
            }

            upload = result.Image;
        }

        var willHavePhoto = upload is not null || (!form.RemovePhoto && form.PhotoId is not null);
        if (willHavePhoto && string.IsNullOrWhiteSpace(form.PhotoAlt))
        {
            context.Errors.AddModelError(nameof(PersonForm.PhotoAlt),
                "Describe the photo for people who cannot see it (alt text)." + (upload is not null ? " Then choose the photo again." : ""));
        }

        if (slug is null || context.Errors.ErrorCount > 0)
        {
            return false;
        }

        person.Slug = slug;
        person.Honorific = string.IsNullOrWhiteSpace(form.Honorific) ? null : form.Honorific.Trim();
        person.GivenName = form.GivenName.Trim();
        person.FamilyName = form.FamilyName.Trim();
        person.NameOrder = form.NameOrder;
        person.Position = form.Position.Trim();
        person.Organisation = string.IsNullOrWhiteSpace(form.Organisation) ? null : form.Organisation.Trim();
        person.BioMarkdown = form.BioMarkdown?.Trim() ?? "";
        if (upload is not null)
        {
            person.Photo = upload;
        }
        else
        {
            person.PhotoId = form.RemovePhoto ? null : form.PhotoId;
        }

        person.PhotoAlt = willHavePhoto ? form.PhotoAlt?.Trim() : null;

        // Roles: keep rows that stay (so their order in the program is kept), add new ones at the end.
        person.Appearances.RemoveAll(a => !rows.Any(r => r.ProgramItemId == a.ProgramItemId && r.Role == a.Role));
        foreach (var row in rows)
        {
            var current = person.Appearances.FirstOrDefault(a => a.ProgramItemId == row.ProgramItemId && a.Role == row.Role);
            if (current is not null)
            {
                current.Appearance = row.Appearance;
                continue;
            }

            var itemId = row.ProgramItemId!.Value;
            var last = await Db.ProgramItemPeople.Where(p => p.ProgramItemId == itemId).MaxAsync(p => (int?)p.SortOrder, ct) ?? 0;
            person.Appearances.Add(new ProgramItemPerson { ProgramItemId = itemId, Role = row.Role, Appearance = row.Appearance, SortOrder = last + 1 });
        }

        return true;
    }

    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var roles = await Db.ProgramItemPeople.AsNoTracking().Where(p => p.PersonId == id)
            .Select(p => new { p.Role, p.ProgramItem.Title, Event = p.ProgramItem.Event.ShortTitle }).ToListAsync(ct);
        return new DeleteCheck(
            roles.Select(r => $"{(r.Role == PersonRole.Moderator ? "Moderates" : "Speaks in")} {r.Title} ({r.Event}). Remove the role first.").ToList(),
            []);
    }

    public override string Label(PersonForm form) => PersonName.WithHonorific(form.Honorific, form.GivenName, form.FamilyName, form.NameOrder);

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.People.Where(p => p.Id == id).Select(p => "/people/" + p.Slug).SingleOrDefaultAsync(ct);
}
