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

public sealed class PersonForm : TranslatedForm, IImageUploadForm
{
    public ImageUploadSlot UploadSlot() => new(PhotoUpload, nameof(PhotoUpload), ImageStore.PersonWidths, Square: true, id =>
    {
        PhotoId = id;
        PhotoUpload = null;
        RemovePhoto = false;
    });

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
    [Display(Name = "Organisation", Description = "The organisation the person is with now, alone, for search engines, e.g. Euglena Co., Ltd. Leave it empty for a former post.")]
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

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(20, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Honorific (Japanese)")]
    public string? HonorificJa { get; set; }

    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Name in Japanese", Description = "The whole name as written in Japanese, e.g. 小池 百合子, マイケル・ブルームバーグ. Where the person’s own kanji are not known, use katakana; never guess kanji.")]
    public string? NameJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Position (Japanese)")]
    public string? PositionJa { get; set; }

    [StringLength(200, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Organisation (Japanese)")]
    public string? OrganisationJa { get; set; }

    [StringLength(10000, ErrorMessage = FormTranslations.TooLong)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Biography (Japanese)")]
    public string? BioMarkdownJa { get; set; }

    [StringLength(300, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Photo description (alt text) (Japanese)")]
    public string? PhotoAltJa { get; set; }
}

public sealed class PersonEditor(SummitDbContext db, ImageStore images) : ContentEditor<PersonForm, Person>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.Person);

    protected override IQueryable<Person> Query => Db.People;

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
                SiteUrls.Person(p.Slug),
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
        var personId = form.Id;
        var photo = form.PhotoId is { } id
            ? await Db.Images.AsNoTracking().Where(i => i.Id == id).Select(i => new SelectListItem(i.OriginalFileName, i.Key)).SingleOrDefaultAsync(ct)
            : null;
        // Roles belong to the program: the person's form lists them, each program item edits its own.
        var roles = await Db.ProgramItemPeople.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .OrderByDescending(p => p.ProgramItem.Event.StartDate).ThenBy(p => p.ProgramItem.Day.Date).ThenBy(p => p.ProgramItem.SortOrder)
            .Select(p => new { p.Role, p.Appearance, p.ProgramItemId, p.ProgramItem.Title, Event = p.ProgramItem.Event.ShortTitle, Theme = p.ProgramItem.Theme != null ? p.ProgramItem.Theme.Name : null })
            .ToListAsync(ct);
        return new FormOptions
        {
            ["nameOrders"] = EnumOptions<NameOrder>(o => o == NameOrder.FamilyGiven ? "FAMILY Given (Japanese names)" : "Given Family"),
            ["photo"] = photo is null ? [] : [photo],
            // An upload kept while the form is shown again, not yet saved with the person.
            ["photoPending"] = form.PhotoId is { } chosen && !await Db.People.AnyAsync(p => p.Id == personId && p.PhotoId == chosen, ct)
                ? [new SelectListItem("pending", "pending")]
                : [],
            ["roles"] = roles.Select(r => new SelectListItem(
                $"{r.Role}{(r.Appearance == AppearanceMode.InPerson ? "" : $" ({Display.Label(r.Appearance).ToLowerInvariant()})")} in {r.Title}{(r.Theme is null ? "" : $": {r.Theme}")} ({r.Event})",
                $"/admin/program-items/{r.ProgramItemId.ToString(System.Globalization.CultureInfo.InvariantCulture)}")).ToList(),
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
    };

    protected override async Task<bool> ApplyAsync(PersonForm form, Person person, SaveContext context, CancellationToken ct)
    {
        var slugSource = form.NameOrder == NameOrder.FamilyGiven ? $"{form.FamilyName} {form.GivenName}" : $"{form.GivenName} {form.FamilyName}";
        var slug = await ChooseSlugAsync(form.Slug, slugSource, person, _ => true, p => p.Slug, context, ct);

        var photo = await images.ChooseAsync(
            new ImageFields(form.PhotoId, form.RemovePhoto, form.PhotoAlt, nameof(PersonForm.PhotoUpload), nameof(PersonForm.PhotoAlt), "photo"),
            context, ct);
        if (slug is null || photo is null || context.Errors.ErrorCount > 0)
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
        person.PhotoId = form.RemovePhoto ? null : form.PhotoId;
        person.PhotoAlt = photo.HasImage ? form.PhotoAlt?.Trim() : null;

        return true;
    }

    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var roles = await Db.ProgramItemPeople.AsNoTracking().Where(p => p.PersonId == id)
            .Select(p => new { p.Role, p.ProgramItem.Title, Event = p.ProgramItem.Event.ShortTitle }).ToListAsync(ct);
        var representations = await Db.Representations.AsNoTracking().Where(r => r.PersonId == id)
            .Select(r => r.City.Name + " (" + r.Event.ShortTitle + ")").ToListAsync(ct);
        return new DeleteCheck(
            roles.Select(r => $"{Display.Doing(r.Role)} {r.Title} ({r.Event}). Remove the role first.")
                .Concat(representations.Select(r => $"Represents {r}. Delete the representative first.")).ToList(),
            []);
    }

    public override string Label(PersonForm form) => PersonName.WithHonorific(form.Honorific, form.GivenName, form.FamilyName, form.NameOrder);

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.People.Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(ct) is { } slug ? SiteUrls.Person(slug) : null;
}
