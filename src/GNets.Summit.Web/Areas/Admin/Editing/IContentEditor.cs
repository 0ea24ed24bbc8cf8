namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Everything the admin needs to list, create, edit, delete and restore one kind of content. The
/// shared <see cref="Controllers.ContentAdminController{TForm}"/> handles the flow (validation,
/// conflicts, revisions, redirects); an editor only knows its own records.
/// </summary>
public interface IContentEditor<TForm> where TForm : EditForm
{
    EditorInfo Info { get; }

    /// <summary>All rows; the controller searches, filters and sorts them (lists are small).</summary>
    Task<AdminList> ListAsync(CancellationToken ct);

    /// <summary>A blank form, with defaults taken from the query string (?event=3).</summary>
    Task<TForm> NewAsync(IQueryCollection query, CancellationToken ct);

    Task<TForm?> LoadAsync(int id, CancellationToken ct);

    Task<FormOptions> OptionsAsync(TForm form, CancellationToken ct);

    /// <summary>
    /// Validates beyond data annotations (unique slugs, existing references) and saves. Returns the
    /// record's id, or null after adding errors to <see cref="SaveContext.Errors"/>. A stale
    /// <see cref="EditForm.Version"/> must surface as DbUpdateConcurrencyException.
    /// </summary>
    Task<int?> SaveAsync(TForm form, SaveContext context, CancellationToken ct);

    Task<DeleteCheck> CheckDeleteAsync(int id, CancellationToken ct);

    Task DeleteAsync(int id, CancellationToken ct);

    string Label(TForm form);

    Task<string?> PublicUrlAsync(int id, CancellationToken ct);
}
