using System.ComponentModel.DataAnnotations;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editors;

public sealed class CityForm : TranslatedForm
{
    [Required(ErrorMessage = "Enter the city's name.")]
    [StringLength(100, ErrorMessage = "The name can be at most 100 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "The slug can be at most 100 characters.")]
    [Display(Name = "Slug", Description = Slugs.Hint)]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the country.")]
    [StringLength(100, ErrorMessage = "The country can be at most 100 characters.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    [Required(ErrorMessage = "Enter the two-letter country code, e.g. JP.")]
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Enter the two-letter ISO country code in capitals, e.g. JP.")]
    [Display(Name = "Country code", Description = "ISO 3166 two-letter code, e.g. JP for Japan.")]
    public string CountryCode { get; set; } = "";

    [Display(Name = "Continent")]
    public Continent Continent { get; set; }

    [Display(Name = "Kind", Description = "A state or regional government (such as Queensland) is listed with the cities.")]
    public CityKind Kind { get; set; }

    // Doubles, not ints: Range(int, int) rounds the typed value first (90.4 passed) and throws on NaN.
    [Range(-90d, 90d, ErrorMessage = "Latitude is between -90 and 90.")]
    [Display(Name = "Latitude", Description = "Decimal degrees, north positive, e.g. 35.6895.")]
    public double Latitude { get; set; }

    [Range(-180d, 180d, ErrorMessage = "Longitude is between -180 and 180.")]
    [Display(Name = "Longitude", Description = "Decimal degrees, east positive, e.g. 139.6917.")]
    public double Longitude { get; set; }

    [Display(Name = "Participation")]
    public List<CityParticipationRow> Participation { get; set; } = [];

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Name (Japanese)")]
    public string? NameJa { get; set; }

    [StringLength(100, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Country (Japanese)")]
    public string? CountryJa { get; set; }
}

/// <summary>How the city took part in one event.</summary>
public sealed class CityParticipationRow : IFormRow
{
    [References(ContentKind.Event)]
    public int EventId { get; set; }

    /// <summary>The slugs of the ways it took part (ParticipationKind.Slug): "venue", "presenter" …</summary>
    public List<string> Kinds { get; set; } = [];

    // Revisions saved before the ways of taking part became data stored three flags; restoring one keeps them.
    public bool Venue { get; set; }

    public bool Online { get; set; }

    public bool VideoMessage { get; set; }

    public IEnumerable<string> KindSlugs()
    {
        var legacy = new[] { (Venue, "venue"), (Online, "online"), (VideoMessage, "video-message") }.Where(f => f.Item1).Select(f => f.Item2);
        return Kinds.Concat(legacy).Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal);
    }

    public string Describe(Func<ContentKind, int, string> nameOf) =>
        KindSlugs().Any() ? $"{nameOf(ContentKind.Event, EventId)}: {string.Join(", ", KindSlugs())}" : "";
}

public sealed class CityEditor(SummitDbContext db) : ContentEditor<CityForm, City>(db)
{
    public override EditorInfo Info { get; } = new(ContentKinds.City);

    protected override IQueryable<City> Query => Db.Cities.Include(c => c.Participations).ThenInclude(p => p.Kind);

    public override async Task<AdminList> ListAsync(CancellationToken ct)
    {
        var cities = await Db.Cities.AsNoTracking()
            .Select(c => new { c.Id, c.Slug, c.Name, c.Country, c.Continent, c.Kind, Modes = c.Participations.OrderBy(p => p.Kind.SortOrder).Select(p => p.Kind.Name).ToList() })
            .ToListAsync(ct);
        return new AdminList(
            [new("Name"), new("Country"), new("Continent"), new("Took part")],
            cities.Select(c => new AdminRow(
                c.Id,
                [c.Name, c.Country, Display.Label(c.Continent), string.Join(", ", c.Modes.Distinct())],
                SiteUrls.City(c.Slug),
                new Dictionary<string, string> { ["continent"] = c.Continent.ToString(), ["kind"] = c.Kind.ToString() })).ToList(),
            [
                new("continent", "Continent", EnumOptions<Continent>(Display.Label)),
                new("kind", "Kind", EnumOptions<CityKind>()),
            ]);
    }

    public override Task<CityForm> NewAsync(IQueryCollection query, CancellationToken ct) =>
        Task.FromResult(new CityForm { Continent = Continent.Asia });

    public override async Task<FormOptions> OptionsAsync(CityForm form, CancellationToken ct) => new()
    {
        ["continents"] = EnumOptions<Continent>(Display.Label),
        ["kinds"] = EnumOptions<CityKind>(k => k == CityKind.State ? "State or regional government" : "City"),
        ["events"] = await Db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new SelectListItem(e.Title, e.Id.ToString())).ToListAsync(ct),
        // Named in the staff pages' language: the ways are data, so their Japanese is stored with them, not in the staff words.
        ["participation-kinds"] = (await Db.ParticipationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ThenBy(k => k.Id)
                .Select(k => new { k.Name, k.NameJa, k.Slug }).ToListAsync(ct))
            .Select(k => new SelectListItem(StaffInJapanese && !string.IsNullOrWhiteSpace(k.NameJa) ? k.NameJa : k.Name, k.Slug)).ToList(),
    };

    private static bool StaffInJapanese => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    protected override CityForm ToForm(City city) => new()
    {
        Id = city.Id,
        Version = city.Version,
        Name = city.Name,
        Slug = city.Slug,
        Country = city.Country,
        CountryCode = city.CountryCode,
        Continent = city.Continent,
        Kind = city.Kind,
        Latitude = city.Latitude,
        Longitude = city.Longitude,
        // Only events the city took part in; the form shows a row for every event (see OptionsAsync).
        Participation = city.Participations.GroupBy(p => p.EventId).OrderBy(g => g.Key).Select(g => new CityParticipationRow
        {
            EventId = g.Key,
            Kinds = g.OrderBy(p => p.Kind.SortOrder).Select(p => p.Kind.Slug).ToList(),
        }).ToList(),
    };

    protected override async Task<bool> ApplyAsync(CityForm form, City city, SaveContext context, CancellationToken ct)
    {
        var slug = await ChooseSlugAsync(form.Slug, form.Name, city, _ => true, c => c.Slug, context, ct);
        var eventIds = await Db.Events.Select(e => e.Id).ToListAsync(ct);
        var unknown = form.Participation.FirstOrDefault(r => !eventIds.Contains(r.EventId));
        if (unknown is not null)
        {
            context.Errors.AddModelError("Participation", "One of the events no longer exists. Reload the page and try again.");
        }

        var kinds = await Db.ParticipationKinds.ToDictionaryAsync(k => k.Slug, StringComparer.Ordinal, ct);
        var unknownKind = form.Participation.SelectMany(r => r.KindSlugs()).FirstOrDefault(k => !kinds.ContainsKey(k));
        if (unknownKind is not null)
        {
            context.Errors.AddModelError("Participation", "One of the ways of taking part no longer exists. Reload the page and try again.");
            unknown ??= form.Participation[0];
        }

        if (slug is null || unknown is not null)
        {
            return false;
        }

        city.Slug = slug;
        city.Name = form.Name.Trim();
        city.Country = form.Country.Trim();
        city.CountryCode = form.CountryCode;
        city.Continent = form.Continent;
        city.Kind = form.Kind;
        city.Latitude = form.Latitude;
        city.Longitude = form.Longitude;
        // An event without a row took no part: the form posts a row for every event, a snapshot only
        // for the events the city joined, so restoring an older revision also undoes later additions.
        var listed = form.Participation.Select(r => r.EventId).ToHashSet();
        city.Participations.RemoveAll(p => !listed.Contains(p.EventId));
        foreach (var row in form.Participation)
        {
            var wanted = row.KindSlugs().Select(k => kinds[k].Id).ToHashSet();
            city.Participations.RemoveAll(p => p.EventId == row.EventId && !wanted.Contains(p.KindId));
            foreach (var kindId in wanted.Where(k => !city.Participations.Any(p => p.EventId == row.EventId && p.KindId == k)))
            {
                city.Participations.Add(new Participation { EventId = row.EventId, KindId = kindId });
            }
        }

        return true;
    }

    public override async Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct)
    {
        var sessions = await Db.ProgramItemCities.AsNoTracking().Where(c => c.CityId == id)
            .Select(c => c.ProgramItem.Title + " (" + c.ProgramItem.Event.ShortTitle + ")").ToListAsync(ct);
        var events = await Db.Participations.AsNoTracking().Where(p => p.CityId == id)
            .Select(p => p.Event.ShortTitle).Distinct().ToListAsync(ct);
        var representatives = await Db.Representations.AsNoTracking().Where(r => r.CityId == id)
            .Select(r => r.Title + " (" + r.Event.ShortTitle + ")").ToListAsync(ct);
        return new DeleteCheck(
            sessions.Select(s => StaffWords.Say("It takes part in {0}. Remove it from that program item first.", s))
                .Concat(representatives.Select(r => StaffWords.Say("It has a representative: {0}. Delete the representative first.", r))).ToList(),
            events.Select(e => StaffWords.Say("Its participation in {0} is deleted with it.", e)).ToList());
    }

    public override string Label(CityForm form) => form.Name;

    public override async Task<string?> PublicUrlAsync(int id, CancellationToken ct) =>
        await Db.Cities.Where(c => c.Id == id).Select(c => c.Slug).SingleOrDefaultAsync(ct) is { } slug ? SiteUrls.City(slug) : null;
}
