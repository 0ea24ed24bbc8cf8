using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

public sealed record DashboardCount(string Label, int Count, string Url);

public sealed record AuditRow(int Id, ContentKind Kind, int EntityId, string Label, RevisionAction Action, string UserName, DateTime AtUtc, string ChangedFields)
{
    public string? HistoryUrl => AdminPaths.For(Kind) is { } path ? $"{path}/{EntityId}/history/{Id}" : null;
}

public sealed record DashboardPage(string? FeaturedEvent, IReadOnlyList<DashboardCount> Counts, IReadOnlyList<AuditRow> Recent);

/// <summary>Where each kind of content is edited.</summary>
public static class AdminPaths
{
    public static string? For(ContentKind kind) => kind switch
    {
        ContentKind.Event => "/admin/events",
        ContentKind.City => "/admin/cities",
        ContentKind.Person => "/admin/people",
        ContentKind.Theme => "/admin/themes",
        ContentKind.ProgramDay => "/admin/program-days",
        ContentKind.ProgramItem => "/admin/program-items",
        ContentKind.Communique => "/admin/communiques",
        ContentKind.CommuniqueSection => "/admin/communique-sections",
        ContentKind.Page => "/admin/pages",
        _ => null,
    };
}

public sealed class DashboardController(SummitDbContext db) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var featured = await db.Events.AsNoTracking().Where(e => e.IsFeatured).Select(e => e.Title).FirstOrDefaultAsync(ct);
        var counts = new List<DashboardCount>
        {
            new("Events", await db.Events.CountAsync(ct), "/admin/events"),
            new("Cities", await db.Cities.CountAsync(ct), "/admin/cities"),
            new("People", await db.People.CountAsync(ct), "/admin/people"),
            new("Program items", await db.ProgramItems.CountAsync(ct), "/admin/program-items"),
            new("Communiqué sections", await db.CommuniqueSections.CountAsync(ct), "/admin/communique-sections"),
            new("Pages", await db.Pages.CountAsync(ct), "/admin/pages"),
        };
        var recent = await AuditController.Rows(db.Revisions.AsNoTracking()).Take(10).ToListAsync(ct);
        return View(new DashboardPage(featured, counts, recent));
    }
}
