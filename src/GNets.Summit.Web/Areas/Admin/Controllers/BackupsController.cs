using System.Text.RegularExpressions;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>Online backups of the SQLite store: Admins only.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/backups")]
public sealed partial class BackupsController(Backups backups, ILogger<BackupsController> logger) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(backups.List());

    [HttpPost("")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (!backups.IsAvailable)
        {
            Flash(T[Backups.NotAvailable]);
            return Redirect("/admin/backups");
        }

        var path = await backups.WriteAsync(null, UserName, ct);
        logger.LogWarning("{Admin} made a backup: {BackupFile}", UserName, path);
        Flash(T["Backup written: {0}.", Path.GetFileName(path)!]);
        return Redirect("/admin/backups");
    }

    [HttpGet("{name}")]
    public IActionResult Download(string? name)
    {
        // Only names this controller writes; never a path. (A blank route value binds as null.)
        if (name is null || !BackupName().IsMatch(name))
        {
            return NotFound();
        }

        var file = backups.List().FirstOrDefault(f => f.Name == name);
        return file is null ? NotFound() : PhysicalFile(file.FullName, "application/vnd.sqlite3", file.Name);
    }

    [GeneratedRegex(@"^summit-\d{8}-\d{6}\.db$")]
    private static partial Regex BackupName();
}
