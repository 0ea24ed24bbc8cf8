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
        var slug = kind switch
        {
            ContentKind.Event => await db.Events.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
            ContentKind.City => await db.Cities.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
            ContentKind.Person => await db.People.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
            ContentKind.ProgramItem => await db.ProgramItems.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
            ContentKind.Page => await db.Pages.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return slug == oldSlug ? null : slug;
    }

    /// <summary>Records the old slug when staff rename a record. Called before saving the new slug.</summary>
    public static void Remember(SummitDbContext db, ContentKind kind, int entityId, string oldSlug, string newSlug, int? eventId, DateTime nowUtc)
    {
        if (entityId == 0 || string.Equals(oldSlug, newSlug, StringComparison.Ordinal))
        {
            return;
        }

        db.SlugRedirects.Add(new SlugRedirect
        {
            Kind = kind, EntityId = entityId, OldSlug = oldSlug, EventId = eventId, CreatedAtUtc = nowUtc,
        });
    }
}
