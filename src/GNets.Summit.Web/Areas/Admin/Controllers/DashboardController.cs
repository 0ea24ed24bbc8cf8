using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

public sealed record DashboardCount(string Label, int Count, string Url);

/// <summary>One change in the audit log; <see cref="Who"/> is the staff member's name (their e-mail when the account is gone).</summary>
public sealed record AuditRow(int Id, ContentKind Kind, int EntityId, string Label, RevisionAction Action, string UserName, string Who, DateTime AtUtc, string ChangedFields)
{
    /// <summary>"Communiqué section", not the type name.</summary>
    public string KindName => ContentKinds.TitleOf(Kind);

    public string? HistoryUrl => ContentKinds.Of(Kind) is { AuditOnly: false, AdminPath: { } path } ? $"{path}/{EntityId}/history/{Id}" : null;
}

public sealed record DashboardPage(string? FeaturedEvent, IReadOnlyList<DashboardCount> Counts, IReadOnlyList<AuditRow> Recent);

public sealed class DashboardController(SummitDbContext db) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var featured = await db.Events.AsNoTracking().Where(e => e.IsFeatured).Select(e => e.Title).FirstOrDefaultAsync(ct);
        var counts = new List<DashboardCount>();
        foreach (var kind in ContentKinds.All)
        {
            if (kind is { Count: { } count, AdminPath: { } path })
            {
                counts.Add(new DashboardCount(kind.Plural, await count(db, ct), path));
            }
        }

        var recent = await AuditController.Rows(db, db.Revisions.AsNoTracking()).Take(10).ToListAsync(ct);
        return View(new DashboardPage(featured, counts, recent));
    }
}
