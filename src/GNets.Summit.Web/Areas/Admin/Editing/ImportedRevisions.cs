using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>An editor that can record the imported state of its records as revisions.</summary>
public interface IImportedHistory
{
    ContentKind Kind => Info.Kind;

    EditorInfo Info { get; }

    Task RecordImportedAsync(IEnumerable<int> imported, RevisionLog revisions, CancellationToken ct);
}

/// <summary>
/// What content/ gave each record is its first revision, so one careless edit can be undone from the
/// history like any other. After an import the records it added or changed get an "Imported" revision;
/// on every start, any record with no revision at all (a store from before this) gets one of its current
/// state. Running it again records nothing new.
/// </summary>
public sealed class ImportedRevisions(IServiceProvider services, SummitDbContext db, RevisionLog revisions)
{
    /// <summary>Shown as "who" on imported revisions: the site as first set up, not a staff member.</summary>
    public const string UserName = "Original site set-up";

    /// <summary>Every editor, found once: adding a kind of content needs nothing here.</summary>
    private static readonly Type[] Editors = typeof(ImportedRevisions).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IImportedHistory).IsAssignableFrom(t))
        .ToArray();

    public async Task RecordAsync(IReadOnlyCollection<(ContentKind Kind, int Id)> imported, CancellationToken ct)
    {
        foreach (var type in Editors)
        {
            var editor = (IImportedHistory)services.GetRequiredService(type);
            await editor.RecordImportedAsync(imported.Where(i => i.Kind == editor.Kind).Select(i => i.Id), revisions, ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
