using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>
/// The editing flow every kind of content shares: list (search, filter, sort), create, edit with
/// Markdown preview, optimistic concurrency, delete with confirmation, history, diff and restore.
/// Each save is one transaction that also writes its revision.
/// </summary>
public abstract class ContentAdminController<TForm>(IContentEditor<TForm> editor, EditingServices services)
    : AdminController where TForm : EditForm
{
    private readonly SummitDbContext db = services.Db;
    private readonly RevisionLog revisions = services.Revisions;
    private readonly FormDiff diff = services.Diff;
    private readonly MarkdownRenderer markdown = services.Markdown;
    private readonly TimeProvider clock = services.Clock;
    private readonly ImageStore images = services.Images;

    protected IContentEditor<TForm> Editor => editor;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int sort = 0, bool desc = false, CancellationToken ct = default)
    {
        var list = await editor.ListAsync(ct);
        var filters = list.Filters
            .Select(f => (f.Key, Value: Request.Query[f.Key].ToString()))
            .Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        IEnumerable<AdminRow> rows = list.Rows;
        if (!string.IsNullOrWhiteSpace(q))
        {
            rows = rows.Where(r => r.Cells.Any(c => c.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var (key, value) in filters)
        {
            rows = rows.Where(r => r.Filters?.GetValueOrDefault(key) == value);
        }

        if (sort >= 0 && sort < list.Columns.Count)
        {
            IComparer<string> comparer = list.Columns[sort].Numeric ? NumericComparer : StringComparer.CurrentCultureIgnoreCase;
            rows = desc ? rows.OrderByDescending(r => r.Cells[sort], comparer) : rows.OrderBy(r => r.Cells[sort], comparer);
        }

        return View("~/Areas/Admin/Views/Shared/List.cshtml",
            new AdminListPage(editor.Info, list, rows.ToList(), q, sort, desc, filters, $"{editor.Info.Path}/new"));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", await PageAsync(await editor.NewAsync(Request.Query, ct), isNew: true, ct));

    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = FieldErrors.Prefix)] TForm form, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, isNew: true, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await editor.LoadAsync(id, ct) is { } form ? View("Form", await PageAsync(form, isNew: false, ct)) : NotFound();

    [HttpPost("{id:int}")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = FieldErrors.Prefix)] TForm form, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, isNew: false, ct);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        if (await editor.LoadAsync(id, ct) is not { } form)
        {
            return NotFound();
        }

        var check = await editor.CheckDeleteAsync(id, ct);
        return View("~/Areas/Admin/Views/Shared/Delete.cshtml", new DeletePage(editor.Info, id, form.Version, editor.Label(form), check));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken ct)
    {
        if (await editor.LoadAsync(id, ct) is not { } form)
        {
            return NotFound();
        }

        var check = await editor.CheckDeleteAsync(id, ct);
        if (!check.Allowed || form.Version != version)
        {
            if (form.Version != version)
            {
                check = check with { Blockers = [.. check.Blockers, T["Someone saved this record after you opened this page. Review it before deleting."]] };
            }

            return Invalid("~/Areas/Admin/Views/Shared/Delete.cshtml", new DeletePage(editor.Info, id, form.Version, editor.Label(form), check), StatusCodes.Status409Conflict);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await editor.DeleteAsync(id, ct);
            revisions.Record(editor.Info.Kind, id, editor.Label(form), RevisionAction.Deleted, UserName, form, form);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Deleted or changed by someone else in the meantime, or something now refers to it.
            Flash($"“{editor.Label(form)}” was changed by someone else while you were deleting it; nothing was deleted. Review it and try again.");
            return Redirect(editor.Info.EditUrl(id));
        }

        Flash(T["Deleted {0} “{1}”. It can be restored from the audit log.", T.Word(editor.Info.Singular), editor.Label(form)]);
        return Redirect(editor.Info.Path);
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct)
    {
        var rows = await revisions.HistoryAsync(editor.Info.Kind, id, ct);
        var current = await editor.LoadAsync(id, ct);
        if (current is null && rows.Count == 0)
        {
            return NotFound();
        }

        var label = current is not null ? editor.Label(current) : (await revisions.LatestAsync(editor.Info.Kind, id, ct))!.Label;
        return View("~/Areas/Admin/Views/Shared/History.cshtml", new HistoryPage(editor.Info, id, label, current is not null, rows));
    }

    /// <summary>One revision against the one before it (or against <paramref name="compare"/>).</summary>
    [HttpGet("{id:int}/history/{revisionId:int}")]
    public async Task<IActionResult> Revision(int id, int revisionId, int? compare, CancellationToken ct)
    {
        var all = await revisions.HistoryAsync(editor.Info.Kind, id, ct);
        var revision = await revisions.FindAsync(editor.Info.Kind, id, revisionId, ct);
        if (revision is null)
        {
            return NotFound();
        }

        var otherRow = compare is { } compareId
            ? all.FirstOrDefault(r => r.Id == compareId)
            : all.Where(r => r.Id < revisionId && r.Action != RevisionAction.Deleted).MaxBy(r => r.Id);
        if (compare is not null && otherRow is null)
        {
            return NotFound();
        }

        var other = otherRow is null ? null : await revisions.FindAsync(editor.Info.Kind, id, otherRow.Id, ct);
        var (older, newer) = other is not null && other.Id > revision.Id ? (revision, other) : (other, revision);
        var changes = await diff.CompareAsync(older is null ? null : RevisionLog.Read<TForm>(older), RevisionLog.Read<TForm>(newer)!, ct);
        var current = all.FirstOrDefault()?.Id == revision.Id && revision.Action != RevisionAction.Deleted;
        return View("~/Areas/Admin/Views/Shared/Revision.cshtml", new RevisionPage(
            editor.Info, id, revision.Label, all.Single(r => r.Id == revision.Id), otherRow, changes, all, current));
    }

    [HttpPost("{id:int}/history/{revisionId:int}/restore")]
    public async Task<IActionResult> Restore(int id, int revisionId, CancellationToken ct)
    {
        var revision = await revisions.FindAsync(editor.Info.Kind, id, revisionId, ct);
        if (revision is null || RevisionLog.Read<TForm>(revision) is not { } snapshot)
        {
            return NotFound();
        }

        var current = await editor.LoadAsync(id, ct);
        snapshot.Id = id;
        snapshot.Version = current?.Version ?? 0;
        var context = new SaveContext(ModelState, UserName, clock.GetUtcNow().UtcDateTime, restoringDeleted: current is null);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var savedId = await editor.SaveAsync(snapshot, context, ct);
            if (savedId is null)
            {
                var problems = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => T[e.ErrorMessage].Value));
                Flash(T["Revision {0} could not be restored: {1}", revisionId, problems]);
                return RedirectToHistory(id);
            }

            var after = await editor.LoadAsync(savedId.Value, ct);
            revisions.Record(editor.Info.Kind, savedId.Value, editor.Label(after!), RevisionAction.Restored, UserName, current, after!);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            Flash(T["Restored revision {0} of “{1}”.", revisionId, editor.Label(after!)]);
            return Redirect(editor.Info.EditUrl(savedId.Value));
        }
        catch (DbUpdateException)
        {
            Flash(T["Someone changed this {0} while revision {1} was being restored; nothing was restored. Try again.", T.Word(editor.Info.Singular), revisionId]);
            return RedirectToHistory(id);
        }
    }

    /// <summary>The order number the first record gets when Move up / Move down renumbers a list.</summary>
    protected virtual int FirstPosition => 1;

    /// <summary>Move up / Move down among <paramref name="siblings"/>; each record that moves gets a revision.</summary>
    protected async Task<IActionResult> MoveAsync(int id, string? direction, string? returnUrl, IReadOnlyList<int> siblings, CancellationToken ct)
    {
        if (direction is not ("up" or "down"))
        {
            return BadRequest("direction must be 'up' or 'down'.");
        }

        var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : editor.Info.Path;
        var order = siblings.ToList();
        var index = order.IndexOf(id);
        if (index < 0)
        {
            return NotFound();
        }

        var target = direction == "up" ? index - 1 : index + 1;
        if (target < 0 || target >= order.Count)
        {
            Flash(direction == "up" ? T["It is already first."] : T["It is already last."]);
            return Redirect(back);
        }

        (order[index], order[target]) = (order[target], order[index]);
        try
        {
            var label = await SaveOrderAsync(id, order, ct);
            Flash(direction == "up" ? T["Moved “{0}” up.", label ?? ""] : T["Moved “{0}” down.", label ?? ""]);
        }
        catch (DbUpdateException)
        {
            Flash(T["Someone changed the order at the same time; nothing was moved. Try again."]);
        }

        return Redirect(back);
    }

    /// <summary>Gives each record its position in <paramref name="order"/>, in one transaction, a revision for each that moved.</summary>
    private async Task<string?> SaveOrderAsync(int movedId, List<int> order, CancellationToken ct)
    {
        var context = new SaveContext(ModelState, UserName, clock.GetUtcNow().UtcDateTime);
        string? label = null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var position = 0; position < order.Count; position++)
        {
            var before = await editor.LoadAsync(order[position], ct);
            if (before is not IOrderedForm ordered || ordered.SortOrder == position + FirstPosition)
            {
                continue;
            }

            var after = RevisionLog.Copy(before);
            ((IOrderedForm)after).SortOrder = position + FirstPosition;
            if (await editor.SaveAsync(after, context, ct) is null)
            {
                throw new DbUpdateException("The order could not be saved: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
            }

            var saved = (await editor.LoadAsync(order[position], ct))!;
            revisions.Record(editor.Info.Kind, saved.Id, editor.Label(saved), RevisionAction.Edited, UserName, before, saved);
            label = order[position] == movedId ? editor.Label(saved) : label;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return label;
    }

    private IActionResult RedirectToHistory(int id) => Redirect(editor.Info.HistoryUrl(id));

    private async Task<IActionResult> SaveAsync(TForm form, bool isNew, CancellationToken ct)
    {
        form.Normalize();
        var before = isNew ? null : await editor.LoadAsync(form.Id, ct);
        if (!isNew && before is null)
        {
            return NotFound();
        }

        // "Preview" re-renders the form with the Markdown shown as visitors will see it; nothing is saved.
        if (Request.Form.TryGetValue("preview", out var previewField) && previewField.ToString() is { Length: > 0 } field)
        {
            ModelState.Clear();
            await StageUploadAsync(form, ct);
            var source = Request.Form[field].ToString();
            if (markdown.Problem(source) is { } problem)
            {
                ModelState.AddModelError(field, problem);
            }

            var page = await PageAsync(form, isNew, ct) with
            {
                Previews = new Dictionary<string, IHtmlContent>(StringComparer.Ordinal) { [field] = markdown.Render(source) },
            };
            return View("Form", page);
        }

        CheckMarkdown(form);
        await StageUploadAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return Invalid("Form", await PageAsync(form, isNew, ct));
        }

        if (before is not null && before.Version != form.Version)
        {
            return await ConflictAsync(form, before, ct);
        }

        var context = new SaveContext(ModelState, UserName, clock.GetUtcNow().UtcDateTime);
        int? id;
        TForm after;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            id = await editor.SaveAsync(form, context, ct);
            if (id is null)
            {
                return Invalid("Form", await PageAsync(form, isNew, ct));
            }

            after = (await editor.LoadAsync(id.Value, ct))!;
            revisions.Record(editor.Info.Kind, id.Value, editor.Label(after), isNew ? RevisionAction.Created : RevisionAction.Edited, UserName, before, after);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var latest = await editor.LoadAsync(form.Id, ct);
            return latest is null ? NotFound() : await ConflictAsync(form, latest, ct);
        }

        Flash(isNew ? T["Created {0} “{1}”.", T.Word(editor.Info.Singular), editor.Label(after)] : T["Saved “{0}”.", editor.Label(after)]);
        return Redirect(editor.Info.EditUrl(id.Value));
    }

    /// <summary>An uploaded image is decoded and stored before the save's transaction, and kept if the form is shown again.</summary>
    private Task StageUploadAsync(TForm form, CancellationToken ct) =>
        form is IImageUploadForm uploading ? images.StageAsync(uploading, new FieldErrors(ModelState), UserName, ct) : Task.CompletedTask;

    /// <summary>Every Markdown field (named "…Markdown") must render: Markdig refuses some input, e.g. a thousand nested quotes.</summary>
    private void CheckMarkdown(TForm form)
    {
        foreach (var property in typeof(TForm).GetProperties())
        {
            if (property.PropertyType == typeof(string) && (property.Name.EndsWith("Markdown", StringComparison.Ordinal) || property.Name.EndsWith("MarkdownJa", StringComparison.Ordinal))
                && markdown.Problem((string?)property.GetValue(form)) is { } problem)
            {
                ModelState.AddModelError($"{FieldErrors.Prefix}.{property.Name}", problem);
            }
        }
    }

    /// <summary>
    /// Someone saved first. Nothing is lost: the form comes back with what this editor typed, the
    /// differences from the saved version are listed, and saving again (now against the latest
    /// version) keeps this editor's values.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(TForm form, TForm latest, CancellationToken ct)
    {
        var latestRevision = await revisions.LatestAsync(editor.Info.Kind, form.Id, ct);
        var savedBy = latestRevision is null ? null : await revisions.NameOfAsync(latestRevision.UserName, ct);
        var differences = await diff.CompareAsync(latest, form, ct);
        ModelState.AddModelError(string.Empty,
            T["{0} saved this {1} after you opened it. Your changes are below and have not been saved yet: check the differences, then save again to keep your version.", savedBy ?? T["Someone"], T.Word(editor.Info.Singular)]);
        ModelState.Remove($"{FieldErrors.Prefix}.{nameof(EditForm.Version)}");
        form.Version = latest.Version;
        var page = await PageAsync(form, isNew: false, ct) with
        {
            Conflict = new ConflictInfo(savedBy, latestRevision?.AtUtc, differences),
        };
        return Invalid("Form", page, StatusCodes.Status409Conflict);
    }

    private async Task<FormPage<TForm>> PageAsync(TForm form, bool isNew, CancellationToken ct) => new(
        editor.Info, await TitleAsync(form, isNew, ct), form, await editor.OptionsAsync(form, ct), isNew,
        isNew ? null : await editor.PublicUrlAsync(form.Id, ct), null,
        new Dictionary<string, IHtmlContent>(StringComparer.Ordinal));

    /// <summary>The stored record's name: after a failed save the heading still names what is saved, not what was typed.</summary>
    private async Task<string> TitleAsync(TForm form, bool isNew, CancellationToken ct) =>
        !isNew && await editor.LoadAsync(form.Id, ct) is { } stored ? editor.Label(stored) : T["New {0}", T.Word(editor.Info.Singular)];

    private static readonly Comparer<string> NumericComparer = Comparer<string>.Create((a, b) =>
        double.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var x) && double.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.Compare(a, b, StringComparison.CurrentCultureIgnoreCase));
}
