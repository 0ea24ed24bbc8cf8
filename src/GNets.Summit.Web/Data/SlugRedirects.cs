using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Data;

/// <summary>Old slugs of renamed records, so links and search results keep working (301 to the new URL).</summary>
public static class SlugRedirects
{
    /// <summary>The record's current slug, or null when <paramref name="oldSlug"/> was never its slug.</summary>
    public static async Task<string?> ResolveAsync(
        SummitDbContext db, ContentKind kind, string oldSlug, int? eventId, CancellationToken ct)
    {
        var redirect = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.Kind == kind && r.OldSlug == oldSlug && (eventId == null || r.EventId == eventId))
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.EntityId })
            .FirstOrDefaultAsync(ct);
        if (redirect is null)
        {
            return null;
        }

        var id = redirect.EntityId;
        var slug = ContentKinds.Of(kind).CurrentSlug is { } currentSlug ? await currentSlug(db, id, ct) : null;
        return slug == oldSlug ? null : slug;
    }

    /// <summary>The current address of a program item once known by <paramref name="oldSlug"/> in this event, or null.</summary>
    public static async Task<string?> ResolveProgramItemAsync(SummitDbContext db, string eventSlug, string oldSlug, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == eventSlug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return null;
        }

        var itemId = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.Kind == ContentKind.ProgramItem && r.OldSlug == oldSlug && r.EventId == eventId)
            .OrderByDescending(r => r.Id).Select(r => (int?)r.EntityId).FirstOrDefaultAsync(ct);
        var item = itemId is null ? null : await db.ProgramItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { EventSlug = i.Event.Slug, i.Slug }).SingleOrDefaultAsync(ct);
        return item is null || (item.EventSlug == eventSlug && item.Slug == oldSlug) ? null : Infrastructure.SiteUrls.ProgramItem(item.EventSlug, item.Slug);
    }

    /// <summary>Whether renaming records of this kind should leave a redirect (only kinds with pages of their own).</summary>
    public static bool HasAddress(ContentKind kind) => ContentKinds.Of(kind).HasAddress;

    /// <summary>Records the old slug when staff rename a record. Called before saving the new slug.</summary>
    public static void Remember(SummitDbContext db, ContentKind kind, int entityId, string oldSlug, string newSlug, int? eventId, DateTime nowUtc)
    {
        if (entityId == 0 || !HasAddress(kind) || string.Equals(oldSlug, newSlug, StringComparison.Ordinal))
        {
            return;
        }

        db.SlugRedirects.Add(new SlugRedirect
        {
            Kind = kind, EntityId = entityId, OldSlug = oldSlug, EventId = eventId, CreatedAtUtc = nowUtc,
        });
    }
}
