using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

/// <summary>
/// A way a city can take part in a meeting ("At the venue", "Presenter"). The ways are data: a new
/// one added here gets a column in every city's participation table, a list on the cities pages,
/// a mark on the map and a value in the open data, with no change to code.
/// </summary>
public sealed class ParticipationKindForm : TranslatedForm, IOrderedForm
{
    [Required(ErrorMessage = "Enter the name of this way of taking part.")]
    [StringLength(100, ErrorMessage = "The name can be at most 100 characters.")]
    [Display(Name = "Name", Description = "The heading of a list of cities, e.g. At the venue, Presenter.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter how it reads after “took part”.")]
    [StringLength(100, ErrorMessage = "The phrase can be at most 100 characters.")]
    [Display(Name = "Phrase", Description = "How it reads after “took part”, e.g. at the venue, as a presenting city.")]
    public string Phrase { get; set; } = "";

    [StringLength(100, ErrorMessage = "The slug can be at most 100 characters.")]
    [Display(Name = "Slug", Description = "Lowercase letters, digits and hyphens; leave empty to make one from the name. It names this way in the content files (participation.yml, with _ for -), the open data and links to the cities pages, so change it only with those in mind.")]
    public string? Slug { get; set; }

    [Range(0, 1000, ErrorMessage = "The order is a whole number from 0 to 1000.")]
    [Display(Name = "Order", Description = "Lower comes first. The list also has Move up and Move down.")]
    public int SortOrder { get; set; }

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Name (Japanese)")]
    public string? NameJa { get; set; }

    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Phrase (Japanese)")]
    public string? PhraseJa { get; set; }
}

public sealed class ParticipationKindEditor(SummitDbContext db) : ContentEditor<ParticipationKindForm, ParticipationKind>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.ParticipationKind);

    protected override IQueryable<ParticipationKind> Query => Db.ParticipationKinds;

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var kinds = await Db.ParticipationKinds.AsNoTracking()
            .OrderBy(k => k.SortOrder).ThenBy(k => k.Id)
            .Select(k => new { k.Id, k.Slug, k.Name, k.NameJa, k.SortOrder, Cities = k.Participations.Select(p => p.CityId).Distinct().Count() })
            .ToListAsync(ct);
        return new AdminList(
            // No phrase column: list cells are read through the staff words, and a phrase such as "by video message" is one of them.
            [new("Order", Numeric: true), new("Name"), new("Name (Japanese)"), new("Slug"), new("Cities", Numeric: true)],
            kinds.Select((k, i) => new AdminRow(k.Id, [Num(k.SortOrder), k.Name, k.NameJa ?? "", k.Slug, Num(k.Cities)], null, null,
                MoveActions(k.Id, i == 0, i == kinds.Count - 1))).ToList(),
            [],
            NameColumn: 1);
    }

    public override async Task<ParticipationKindForm> NewAsync(IQueryCollection query, CancellationToken ct)
    {
        var last = await Db.ParticipationKinds.MaxAsync(k => (int?)k.SortOrder, ct);
        return new ParticipationKindForm { SortOrder = last is { } order ? order + 1 : 0 };
    }

    public override Task<FormOptions> OptionsAsync(ParticipationKindForm form, CancellationToken ct) => Task.FromResult(new FormOptions());

    protected override ParticipationKindForm ToForm(ParticipationKind k) => new()
    {
        Id = k.Id, Version = k.Version, Name = k.Name, Phrase = k.Phrase, Slug = k.Slug, SortOrder = k.SortOrder,
    };

    protected override async Task<bool> ApplyAsync(ParticipationKindForm form, ParticipationKind kind, SaveContext context, CancellationToken ct)
    {
        var slug = await ChooseSlugAsync(form.Slug, form.Name, kind, _ => true, k => k.Slug, context, ct);
        if (slug is null)
        {
            return false;
        }

        kind.Slug = slug;
        kind.Name = form.Name.Trim();
        kind.Phrase = form.Phrase.Trim();
        kind.SortOrder = form.SortOrder;
        return true;
    }

    /// <summary>A way cities took part in is kept: deleting it would lose how they took part.</summary>
    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var uses = await Db.Participations.AsNoTracking().Where(p => p.KindId == id)
            .OrderBy(p => p.Event.StartDate).ThenBy(p => p.City.Name)
            .Select(p => new { City = p.City.Name, Event = p.Event.ShortTitle })
            .ToListAsync(ct);
        if (uses.Count == 0)
        {
            return new DeleteCheck([], []);
        }

        var shown = uses.Take(10).Select(u => StaffWords.Say("{0} at {1}", u.City, u.Event)).ToList();
        if (uses.Count > shown.Count)
        {
            shown.Add(StaffWords.Say("and {0} more", uses.Count - shown.Count));
        }

        return new DeleteCheck(
            [StaffWords.Say("Cities took part this way {0} times ({1}). Untick it in those cities' participation first; nothing is deleted while it is used.", uses.Count, string.Join(StaffWords.Say(", "), shown))],
            []);
    }

    public override string Label(ParticipationKindForm form) => form.Name;

    public override Task<string?> PublicUrlAsync(int id, CancellationToken ct) => Task.FromResult<string?>(null);

    public async Task<IReadOnlyList<int>> SiblingsAsync(CancellationToken ct) =>
        await Db.ParticipationKinds.OrderBy(k => k.SortOrder).ThenBy(k => k.Id).Select(k => k.Id).ToListAsync(ct);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
