using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>A staff member who changed something: the e-mail the log keeps, and the name shown.</summary>
public sealed record AuditUser(string UserName, string Name);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, string? User, ContentKind? Kind, IReadOnlyList<AuditUser> Users, int Page, bool HasMore);

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

        var rows = await Rows(db, query).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var users = (await db.Revisions.AsNoTracking().Select(r => r.UserName).Distinct()
                .Select(name => new AuditUser(name, db.Users.Where(u => u.UserName == name && u.DisplayName != "").Select(u => u.DisplayName).FirstOrDefault() ?? name)).ToListAsync(ct))
            .OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return View(new AuditPage(rows.Take(PageSize).ToList(), user, kind, users, page, rows.Count > PageSize));
    }

    internal static IQueryable<AuditRow> Rows(SummitDbContext db, IQueryable<Revision> revisions) =>
        revisions.OrderByDescending(r => r.Id)
            .Select(r => new AuditRow(r.Id, r.Kind, r.EntityId, r.Label, r.Action, r.UserName,
                db.Users.Where(u => u.UserName == r.UserName && u.DisplayName != "").Select(u => u.DisplayName).FirstOrDefault() ?? r.UserName, r.AtUtc, r.ChangedFields));
}
