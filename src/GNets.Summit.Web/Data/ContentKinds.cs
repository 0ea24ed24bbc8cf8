using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Data;

/// <summary>Names of records of one kind by id, for history ("Tokyo" rather than "#3").</summary>
public delegate Task<List<(int Id, string Name)>> ContentNames(SummitDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct);

/// <summary>A record's current slug, or null when it no longer exists.</summary>
public delegate Task<string?> ContentSlug(SummitDbContext db, int id, CancellationToken ct);

/// <summary>How many records of a kind there are, for the dashboard.</summary>
public delegate Task<int> ContentCount(SummitDbContext db, CancellationToken ct);

/// <summary>Everything the site needs to know about one kind of content, said once.</summary>
/// <param name="Kind">The value stored in revisions and slug redirects.</param>
/// <param name="Singular">What staff call one record ("communiqué section").</param>
/// <param name="Plural">What staff call the list ("Communiqué sections").</param>
/// <param name="AdminPath">Where staff edit it; null when it is not edited on a page of its own.</param>
/// <param name="Entities">The stored types a change to which changes public pages (the output cache is cleared).</param>
/// <param name="Names">How a reference to a record of this kind reads in history.</param>
/// <param name="CurrentSlug">For kinds with a public page of their own: renaming one leaves a redirect from the old slug.</param>
/// <param name="PublicPath">The public address from the record's slug, for kinds addressed by their slug alone.</param>
/// <param name="Count">Shown on the dashboard when set.</param>
/// <param name="MenuGroup">The staff menu's group it is listed under ("Content", "Network"); null when not in the menu.</param>
/// <param name="AuditOnly">Not content: a staff action recorded in the audit log only (no history, no public page).</param>
public sealed record ContentKindInfo(
    ContentKind Kind,
    string Singular,
    string Plural,
    string? AdminPath,
    IReadOnlyList<Type> Entities,
    ContentNames Names,
    ContentSlug? CurrentSlug = null,
    Func<string, string>? PublicPath = null,
    ContentCount? Count = null,
    string? MenuGroup = null,
    bool AuditOnly = false)
{
    /// <summary>The singular with a capital, for headings and the audit log ("Communiqué section").</summary>
    public string Title => Singular.Length == 0 ? "" : char.ToUpperInvariant(Singular[0]) + Singular[1..];

    /// <summary>Whether renaming a record of this kind should leave a redirect.</summary>
    public bool HasAddress => CurrentSlug is not null;
}

/// <summary>The groups of the staff menu that kinds of content are listed under.</summary>
public static class ContentKindGroups
{
    /// <summary>What the summit published: events, their program and communiqué, pages.</summary>
    public const string Content = "Content";

    /// <summary>Who takes part: cities and people.</summary>
    public const string Network = "Network";
}

/// <summary>
/// The kinds of content. Adding a kind means adding its <see cref="ContentKind"/> value and one entry
/// here; history, slug redirects, the audit log, the dashboard and the cache all read this list.
/// </summary>
public static class ContentKinds
{
    public static readonly ContentKindInfo Event = new(
        ContentKind.Event, "event", "Events", "/admin/events", [typeof(Event)],
        async (db, ids, ct) => (await db.Events.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.ShortTitle }).ToListAsync(ct))
            .Select(e => (e.Id, e.ShortTitle)).ToList(),
        (db, id, ct) => db.Events.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        slug => SiteUrls.Event(slug),
        (db, ct) => db.Events.CountAsync(ct), ContentKindGroups.Content);

    public static readonly ContentKindInfo City = new(
        ContentKind.City, "city", "Cities", "/admin/cities", [typeof(City), typeof(Participation)],
        async (db, ids, ct) => (await db.Cities.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList(),
        (db, id, ct) => db.Cities.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        SiteUrls.City,
        (db, ct) => db.Cities.CountAsync(ct), ContentKindGroups.Network);

    public static readonly ContentKindInfo Person = new(
        ContentKind.Person, "person", "People", "/admin/people", [typeof(Person)],
        async (db, ids, ct) => (await db.People.Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.NameOrder }).ToListAsync(ct))
            .Select(p => (p.Id, PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder))).ToList(),
        (db, id, ct) => db.People.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        SiteUrls.Person,
        (db, ct) => db.People.CountAsync(ct), ContentKindGroups.Network);

    /// <summary>Who represented a city at an event; shown on the city, program item and people pages (no page of its own).</summary>
    public static readonly ContentKindInfo Representation = new(
        ContentKind.Representation, "representative", "Representatives", "/admin/representatives", [typeof(Representation)],
        async (db, ids, ct) => (await db.Representations.Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Title, City = r.City.Name, r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder }).ToListAsync(ct))
            .Select(r => (r.Id, $"{PersonName.Display(r.GivenName, r.FamilyName, r.NameOrder)} ({r.Title}, {r.City})")).ToList(),
        Count: (db, ct) => db.Representations.CountAsync(ct), MenuGroup: ContentKindGroups.Network);

    public static readonly ContentKindInfo Theme = new(
        ContentKind.Theme, "theme", "Themes", "/admin/themes", [typeof(Theme)],
        async (db, ids, ct) => (await db.Themes.Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList(),
        MenuGroup: ContentKindGroups.Content);

    public static readonly ContentKindInfo ProgramDay = new(
        ContentKind.ProgramDay, "program day", "Program days", "/admin/program-days", [typeof(ProgramDay)],
        async (db, ids, ct) => (await db.ProgramDays.Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Date }).ToListAsync(ct))
            .Select(d => (d.Id, Display.Day(d.Date))).ToList(),
        MenuGroup: ContentKindGroups.Content);

    /// <summary>Addressed within its event (/events/{event}/program/{slug}), so its public path needs more than its slug.</summary>
    public static readonly ContentKindInfo ProgramItem = new(
        ContentKind.ProgramItem, "program item", "Program items", "/admin/program-items",
        [typeof(ProgramItem), typeof(ProgramItemPerson), typeof(ProgramItemCity)],
        async (db, ids, ct) => (await db.ProgramItems.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync(ct))
            .Select(i => (i.Id, i.Title)).ToList(),
        (db, id, ct) => db.ProgramItems.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        Count: (db, ct) => db.ProgramItems.CountAsync(ct), MenuGroup: ContentKindGroups.Content);

    public static readonly ContentKindInfo Communique = new(
        ContentKind.Communique, "communiqué", "Communiqués", "/admin/communiques", [typeof(Communique)],
        async (db, ids, ct) => (await db.Communiques.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToListAsync(ct))
            .Select(c => (c.Id, c.Title)).ToList(),
        MenuGroup: ContentKindGroups.Content);

    public static readonly ContentKindInfo CommuniqueSection = new(
        ContentKind.CommuniqueSection, "communiqué section", "Communiqué sections", "/admin/communique-sections", [typeof(CommuniqueSection)],
        async (db, ids, ct) => (await db.CommuniqueSections.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Heading }).ToListAsync(ct))
            .Select(s => (s.Id, s.Heading)).ToList(),
        Count: (db, ct) => db.CommuniqueSections.CountAsync(ct), MenuGroup: ContentKindGroups.Content);

    public static readonly ContentKindInfo Page = new(
        ContentKind.Page, "page", "Pages", "/admin/pages", [typeof(Page)],
        async (db, ids, ct) => (await db.Pages.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .Select(p => (p.Id, p.Title)).ToList(),
        (db, id, ct) => db.Pages.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        SiteUrls.Page,
        (db, ct) => db.Pages.CountAsync(ct), ContentKindGroups.Content);

    public static readonly ContentKindInfo Image = new(
        ContentKind.Image, "photo", "Media library", "/admin/media", [typeof(MediaImage), typeof(MediaRendition), typeof(GalleryPhoto)],
        async (db, ids, ct) => (await db.Images.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.OriginalFileName }).ToListAsync(ct))
            .Select(i => (i.Id, i.OriginalFileName)).ToList(),
        Count: (db, ct) => db.Images.CountAsync(i => i.InLibrary, ct), MenuGroup: ContentKindGroups.Content);

    public static readonly ContentKindInfo News = new(
        ContentKind.News, "news post", "News", "/admin/news", [typeof(NewsPost)],
        async (db, ids, ct) => (await db.NewsPosts.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .Select(p => (p.Id, p.Title)).ToList(),
        (db, id, ct) => db.NewsPosts.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
        SiteUrls.NewsPost,
        (db, ct) => db.NewsPosts.CountAsync(ct), ContentKindGroups.Content);

    /// <summary>The ways a city can take part in a meeting; shown wherever participation is (no page of its own).</summary>
    public static readonly ContentKindInfo ParticipationKind = new(
        ContentKind.ParticipationKind, "way of taking part", "Ways of taking part", "/admin/participation-kinds", [typeof(ParticipationKind)],
        async (db, ids, ct) => (await db.ParticipationKinds.Where(k => ids.Contains(k.Id)).Select(k => new { k.Id, k.Name }).ToListAsync(ct))
            .Select(k => (k.Id, k.Name)).ToList(),
        MenuGroup: ContentKindGroups.Network);

    /// <summary>Audit log only: staff accounts created, changed, reset, unlocked or deleted.</summary>
    public static readonly ContentKindInfo StaffAccount = new(
        ContentKind.StaffAccount, "staff account", "Staff accounts", "/admin/staff", [], NoNames, AuditOnly: true);

    /// <summary>Audit log only: backups of the store.</summary>
    public static readonly ContentKindInfo Backup = new(
        ContentKind.Backup, "backup", "Backups", "/admin/backups", [], NoNames, AuditOnly: true);

    /// <summary>Every kind, in the order staff meet them (menus, filters, the dashboard).</summary>
    public static IReadOnlyList<ContentKindInfo> All { get; } =
        [Event, City, Person, Representation, ParticipationKind, Theme, ProgramDay, ProgramItem, Communique, CommuniqueSection, News, Page, Image, StaffAccount, Backup];

    /// <summary>Audit-only kinds are named by the label stored with each entry.</summary>
    private static Task<List<(int Id, string Name)>> NoNames(SummitDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        Task.FromResult(new List<(int Id, string Name)>());

    private static readonly Dictionary<ContentKind, ContentKindInfo> ByKind = All.ToDictionary(k => k.Kind);

    /// <summary>Stored types whose changes show on public pages: every kind's, and the redirects of old slugs.</summary>
    private static readonly HashSet<Type> PublicTypes = [.. All.SelectMany(k => k.Entities), typeof(SlugRedirect)];

    public static ContentKindInfo Of(ContentKind kind) =>
        ByKind.TryGetValue(kind, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not described in ContentKinds.");

    /// <summary>What staff call a kind, also for values stored by an older version (shown as the raw value).</summary>
    public static string TitleOf(ContentKind kind) => ByKind.TryGetValue(kind, out var info) ? info.Title : kind.ToString();

    /// <summary>Whether saving this entity changes what public pages show.</summary>
    public static bool IsPublic(object entity) => PublicTypes.Contains(entity.GetType());
}
