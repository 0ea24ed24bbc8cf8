using System.Text.Json;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>What every content editing controller works with, injected as one.</summary>
public sealed record EditingServices(SummitDbContext Db, RevisionLog Revisions, FormDiff Diff, Infrastructure.MarkdownRenderer Markdown, TimeProvider Clock, ImageStore Images);

/// <summary>Every staff save, delete and restore, with the record as it stood afterwards.</summary>
public sealed class RevisionLog(SummitDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { WriteIndented = false };

    public void Record<TForm>(ContentKind kind, int entityId, string label, RevisionAction action, string userName, TForm? before, TForm after)
        where TForm : EditForm
    {
        db.Revisions.Add(new Revision
        {
            Kind = kind,
            EntityId = entityId,
            Label = label,
            Action = action,
            UserName = userName,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            SnapshotJson = JsonSerializer.Serialize(after, Json),
            ChangedFields = action is RevisionAction.Deleted or RevisionAction.Imported ? "" : FormDiff.ChangedFieldNames(before, after),
        });
    }

    public static TForm? Read<TForm>(Revision revision) where TForm : EditForm =>
        JsonSerializer.Deserialize<TForm>(revision.SnapshotJson, Json);

    /// <summary>A separate copy of a form, exactly as a revision would keep it.</summary>
    public static TForm Copy<TForm>(TForm form) where TForm : EditForm =>
        JsonSerializer.Deserialize<TForm>(JsonSerializer.Serialize(form, Json), Json)!;

    public Task<List<RevisionRow>> HistoryAsync(ContentKind kind, int entityId, CancellationToken ct) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.EntityId == entityId)
            .OrderByDescending(r => r.Id)
            .Select(r => new RevisionRow(r.Id, r.Action, r.UserName, r.AtUtc, r.ChangedFields,
                db.Users.Where(u => u.UserName == r.UserName && u.DisplayName != "").Select(u => u.DisplayName).FirstOrDefault() ?? r.UserName))
            .ToListAsync(ct);

    public Task<Revision?> FindAsync(ContentKind kind, int entityId, int revisionId, CancellationToken ct) =>
        db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId && r.Kind == kind && r.EntityId == entityId, ct);

    /// <summary>What staff call the account with this user name: its display name, else the user name itself.</summary>
    public async Task<string> NameOfAsync(string userName, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.DisplayName != "").Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            ?? userName;

    /// <summary>The latest revision, to say who saved the version a conflicting editor ran into.</summary>
    public Task<Revision?> LatestAsync(ContentKind kind, int entityId, CancellationToken ct) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.EntityId == entityId)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
}
