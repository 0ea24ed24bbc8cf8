using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>A row of a repeated form field that can say what it holds in words, for history.</summary>
public interface IFormRow
{
    string Describe(Func<ContentKind, int, string> nameOf);
}

/// <summary>
/// The part of every editor that is the same: load into a form, find-or-create on save, check the
/// concurrency token, mark the record as staff-edited (so imports keep it), keep old slugs redirecting.
/// </summary>
public abstract class ContentEditor<TForm, TEntity>(SummitDbContext db) : IContentEditor<TForm>, IImportedHistory
    where TForm : EditForm
    where TEntity : ContentEntity, new()
{
    protected SummitDbContext Db => db;

    public abstract EditorInfo Info { get; }

    /// <summary>The entity with whatever <see cref="ToForm"/> and <see cref="ApplyAsync"/> need included.</summary>
    protected abstract IQueryable<TEntity> Query { get; }

    protected abstract TForm ToForm(TEntity entity);

    /// <summary>Checks the form against the store and copies it onto the entity; returns false after adding errors.</summary>
    protected abstract Task<bool> ApplyAsync(TForm form, TEntity entity, SaveContext context, CancellationToken ct);

    public abstract Task<AdminList> ListAsync(CancellationToken ct);

    public abstract Task<TForm> NewAsync(IQueryCollection query, CancellationToken ct);

    public abstract Task<FormOptions> OptionsAsync(TForm form, CancellationToken ct);

    public abstract Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct);

    public abstract string Label(TForm form);

    public abstract Task<string?> PublicUrlAsync(int id, CancellationToken ct);

    public async Task<TForm?> LoadAsync(int id, CancellationToken ct)
    {
        if (await Query.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is not { } entity)
        {
            return null;
        }

        // The Japanese texts and the translation status are copied by name, for every kind alike.
        var form = ToForm(entity);
        FormTranslations.ToForm(entity, form);
        return form;
    }

    public async Task<int?> SaveAsync(TForm form, SaveContext context, CancellationToken ct)
    {
        TEntity entity;
        var isNew = form.Id == 0 || context.RestoringDeleted;
        if (isNew)
        {
            entity = new TEntity { Id = context.RestoringDeleted ? form.Id : 0 };
        }
        else
        {
            entity = await Query.SingleOrDefaultAsync(e => e.Id == form.Id, ct)
                ?? throw new DbUpdateConcurrencyException(StaffWords.Say("{0} {1} was deleted by someone else.", StaffWords.Say(ContentKinds.Of(Info.Kind)), form.Id));
            // The UPDATE's WHERE clause checks the version this editor loaded, not the one read just now.
            db.Entry(entity).Property(e => e.Version).OriginalValue = form.Version;
        }

        if (!await ApplyAsync(form, entity, context, ct))
        {
            db.ChangeTracker.Clear();
            return null;
        }

        FormTranslations.Apply(form, entity);
        entity.StaffEditedAtUtc = context.NowUtc;
        if (isNew)
        {
            db.Add(entity);
        }

        await db.SaveChangesAsync(ct);
        return entity.Id;
    }

    /// <summary>Records these records, and every record of this kind with no revision yet, as imported; the snapshot is the form staff would see.</summary>
    public async Task RecordImportedAsync(IEnumerable<int> imported, RevisionLog revisions, CancellationToken ct)
    {
        var kind = Info.Kind;
        var unrecorded = await db.Set<TEntity>().AsNoTracking()
            .Where(e => !db.Revisions.Any(r => r.Kind == kind && r.EntityId == e.Id))
            .Select(e => e.Id)
            .ToListAsync(ct);
        foreach (var id in imported.Concat(unrecorded).Distinct())
        {
            if (await LoadAsync(id, ct) is { } form)
            {
                revisions.Record(kind, id, Label(form), RevisionAction.Imported, ImportedRevisions.UserName, null, form);
            }
        }
    }

    public virtual async Task DeleteAsync(int id, CancellationToken ct)
    {
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new DbUpdateConcurrencyException(StaffWords.Say("{0} {1} was deleted by someone else.", StaffWords.Say(ContentKinds.Of(Info.Kind)), id));
        db.Remove(entity);
    }

    /// <summary>
    /// The slug to save: typed or made from the name, well-formed, unique within <paramref name="scope"/>;
    /// a changed slug leaves a redirect from the old one. Returns null after adding an error.
    /// </summary>
    protected async Task<string?> ChooseSlugAsync(
        string? typed, string name, TEntity entity, Expression<Func<TEntity, bool>> scope, Func<TEntity, string> currentSlug,
        SaveContext context, CancellationToken ct, int? eventId = null)
    {
        var slug = Slugs.Choose(typed, name);
        if (!Slugs.IsValid(slug))
        {
            context.Errors.AddModelError("Slug", StaffWords.Say("“{0}” cannot be used in an address: use lowercase letters, digits and single hyphens, e.g. “sao-paulo”.", slug));
            return null;
        }

        var id = entity.Id;
        var taken = await Db.Set<TEntity>().AsNoTracking().Where(scope).Where(e => e.Id != id)
            .AnyAsync(SlugEquals(slug), ct);
        if (taken)
        {
            context.Errors.AddModelError("Slug", StaffWords.Say("The address “{0}” is already used by another {1}. Choose another slug.", slug, StaffWords.Say(ContentKinds.Of(Info.Kind))));
            return null;
        }

        if (entity.Id != 0 && currentSlug(entity) is { Length: > 0 } old && old != slug)
        {
            SlugRedirects.Remember(Db, Info.Kind, entity.Id, old, slug, eventId, context.NowUtc);
        }

        return slug;
    }

    /// <summary>Every entity with a slug names it "Slug"; EF translates the property access.</summary>
    private static Expression<Func<TEntity, bool>> SlugEquals(string slug)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "e");
        var property = Expression.Property(parameter, "Slug");
        return Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(property, Expression.Constant(slug)), parameter);
    }

    /// <summary>An enum as select options, labelled by [Display] or a readable name.</summary>
    protected static List<SelectListItem> EnumOptions<TEnum>(Func<TEnum, string>? label = null) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Select(v => new SelectListItem(label?.Invoke(v) ?? typeof(TEnum).GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString(), v.ToString()))
            .ToList();

    /// <summary>"Move up" and "Move down" for a row of an ordered list, leaving out the ones that cannot move it.</summary>
    protected List<AdminRowAction> MoveActions(int id, bool isFirst, bool isLast)
    {
        var actions = new List<AdminRowAction>();
        if (!isFirst)
        {
            actions.Add(new("Move up", $"{Info.Path}/{id}/move?direction=up"));
        }

        if (!isLast)
        {
            actions.Add(new("Move down", $"{Info.Path}/{id}/move?direction=down"));
        }

        return actions;
    }

    /// <summary>Whether each record is first and last among its siblings (same group, in order).</summary>
    protected static Dictionary<int, (bool IsFirst, bool IsLast)> Ends<T, TKey>(IEnumerable<T> rows, Func<T, TKey> group, Func<T, int> order, Func<T, int> id)
        where TKey : notnull =>
        rows.GroupBy(group)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(order).ThenBy(id).ToList();
                return ordered.Select((r, i) => (Id: id(r), IsFirst: i == 0, IsLast: i == ordered.Count - 1));
            })
            .ToDictionary(r => r.Id, r => (r.IsFirst, r.IsLast));

    protected static int? QueryInt(IQueryCollection query, string key) =>
        int.TryParse(query[key], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
