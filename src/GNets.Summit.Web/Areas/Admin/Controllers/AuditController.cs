using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, string? User, ContentKind? Kind, IReadOnlyList<string> Users, int Page, bool HasMore);

public sealed class AuditController(SummitDbContext db) : AdminController
{
    private const int PageSize = 50;

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index(string? user, ContentKind? kind, int page = 1, CancellationToken ct = default)
    {
        if (page < 1 || page > 100_000)
        {
            return BadRequest("page must be a number from 1.");
        }

        var query = db.Revisions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(r => r.UserName == user);
        }

        if (kind is { } k)
        {
            query = query.Where(r => r.Kind == k);
        }

        var rows = await Rows(query).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var users = await db.Revisions.AsNoTracking().Select(r => r.UserName).Distinct().OrderBy(u => u).ToListAsync(ct);
        return View(new AuditPage(rows.Take(PageSize).ToList(), user, kind, users, page, rows.Count > PageSize));
    }

    internal static IQueryable<AuditRow> Rows(IQueryable<Revision> revisions) =>
        revisions.OrderByDescending(r => r.Id)
            .Select(r => new AuditRow(r.Id, r.Kind, r.EntityId, r.Label, r.Action, r.UserName, r.AtUtc, r.ChangedFields));
}
