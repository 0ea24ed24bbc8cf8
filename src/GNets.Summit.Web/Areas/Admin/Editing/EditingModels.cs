using System.ComponentModel.DataAnnotations;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// An admin form. It is also the revision snapshot: what staff saw and saved is what history shows
/// and what a restore puts back.
/// </summary>
public abstract class EditForm
{
    public int Id { get; set; }

    /// <summary>The record's version when the form was opened; a save against a newer version is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>Puts posted values in the form a saved record has (e.g. list order), before comparing or saving.</summary>
    public virtual void Normalize()
    {
    }
}

/// <summary>Marks a form property that holds ids of other records, so history shows their names.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(ContentKind kind) : Attribute
{
    public ContentKind Kind { get; } = kind;
}

/// <summary>What an editor is called and where it lives (from <see cref="ContentKinds"/>).</summary>
public sealed record EditorInfo(ContentKind Kind, string Singular, string Plural, string Path)
{
    public EditorInfo(ContentKindInfo kind)
        : this(kind.Kind, kind.Singular, kind.Plural, kind.AdminPath ?? throw new ArgumentException($"{kind.Kind} has no admin pages.", nameof(kind)))
    {
    }

    public string EditUrl(int id) => $"{Path}/{id}";
    public string HistoryUrl(int id) => $"{Path}/{id}/history";
}

public sealed record AdminColumn(string Label, bool Numeric = false);

public sealed record AdminRowAction(string Label, string Url);

/// <summary>
/// One row of an admin list; <see cref="Filters"/> holds the values the list can be filtered by;
/// <see cref="Context"/> is said after the row's name to screen readers where names repeat ("10:00, 28 Feb 2023").
/// </summary>
public sealed record AdminRow(
    int Id,
    IReadOnlyList<string> Cells,
    string? PublicUrl = null,
    IReadOnlyDictionary<string, string>? Filters = null,
    IReadOnlyList<AdminRowAction>? PostActions = null,
    string? Context = null);

public sealed record AdminFilter(string Key, string Label, IReadOnlyList<SelectListItem> Options);

/// <summary>An admin list; the cell in <see cref="NameColumn"/> is the row's own name, linked to its form.</summary>
public sealed record AdminList(IReadOnlyList<AdminColumn> Columns, IReadOnlyList<AdminRow> Rows, IReadOnlyList<AdminFilter> Filters, int NameColumn = 0);

/// <summary>The list page: the editor's rows after search, filters and sort.</summary>
public sealed record AdminListPage(
    EditorInfo Info, AdminList List, IReadOnlyList<AdminRow> Rows, string? Query, int Sort, bool Descending,
    IReadOnlyDictionary<string, string> ActiveFilters, string? NewUrl);

/// <summary>Select lists for a form's pickers, by name.</summary>
public sealed class FormOptions : Dictionary<string, IReadOnlyList<SelectListItem>>
{
    public FormOptions() : base(StringComparer.Ordinal)
    {
    }

    public IReadOnlyList<SelectListItem> For(string name, object? selected = null)
    {
        var items = TryGetValue(name, out var list) ? list : [];
        var value = selected?.ToString();
        return items.Select(i => new SelectListItem(i.Text, i.Value, i.Value == value, i.Disabled) { Group = i.Group }).ToList();
    }
}

/// <summary>A field that changed between two versions of a record, with readable values; <see cref="Lang"/> is "ja" for a Japanese text.</summary>
public sealed record FieldChange(string Field, string Before, string After, bool Multiline, string? Lang = null);

/// <summary>Shown when a save meets a newer version: who saved it, when, and what differs from what was typed.</summary>
public sealed record ConflictInfo(string? SavedBy, DateTime? SavedAtUtc, IReadOnlyList<FieldChange> Differences);

/// <summary>A form page; <see cref="Title"/> is the record's stored name (or "New …"), never what was typed and not yet saved.</summary>
public sealed record FormPage<TForm>(
    EditorInfo Info,
    string Title,
    TForm Form,
    FormOptions Options,
    bool IsNew,
    string? PublicUrl,
    ConflictInfo? Conflict,
    IReadOnlyDictionary<string, IHtmlContent> Previews) where TForm : EditForm;

/// <summary>What the editor needs while saving.</summary>
public sealed record SaveContext(FieldErrors Errors, string UserName, DateTime NowUtc, bool RestoringDeleted = false)
{
    public SaveContext(ModelStateDictionary modelState, string userName, DateTime nowUtc, bool restoringDeleted = false)
        : this(new FieldErrors(modelState), userName, nowUtc, restoringDeleted)
    {
    }
}

/// <summary>Errors for fields of the form, which is posted as "Form.*" (the page model holds more than the form).</summary>
public sealed class FieldErrors(ModelStateDictionary modelState)
{
    public const string Prefix = "Form";

    public int ErrorCount => modelState.ErrorCount;

    public void AddModelError(string field, string message) =>
        modelState.AddModelError(field.Length == 0 ? "" : $"{Prefix}.{field}", message);
}

/// <summary>Whether a record may be deleted: blockers refuse it, consequences are listed for confirmation.</summary>
public sealed record DeleteCheck(IReadOnlyList<string> Blockers, IReadOnlyList<string> Consequences)
{
    public bool Allowed => Blockers.Count == 0;
}

public sealed record DeletePage(EditorInfo Info, int Id, int Version, string Label, DeleteCheck Check);

/// <summary>A revision in a record's history; <see cref="Who"/> is the staff member's name (their e-mail when the account is gone).</summary>
public sealed record RevisionRow(int Id, RevisionAction Action, string UserName, DateTime AtUtc, string ChangedFields, string Who);

public sealed record HistoryPage(EditorInfo Info, int Id, string Label, bool Exists, IReadOnlyList<RevisionRow> Revisions);

public sealed record RevisionPage(
    EditorInfo Info, int Id, string Label, RevisionRow Revision, RevisionRow? ComparedWith,
    IReadOnlyList<FieldChange> Changes, IReadOnlyList<RevisionRow> AllRevisions, bool IsCurrent);

/// <summary>A required choice among ids (a select whose empty option means "not chosen").</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChosenAttribute : ValidationAttribute
{
    public ChosenAttribute() : base("Choose {0}.")
    {
    }

    public override bool IsValid(object? value) => value is int id && id > 0;
}
