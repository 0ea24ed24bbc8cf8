using System.ComponentModel.DataAnnotations;
using System.Reflection;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Models;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>What the Translations page can be narrowed to (?state=…).</summary>
public enum TranslationFilter
{
    Missing,
    OutOfDate,
    Draft,
}

/// <summary>One record with Japanese left to write or check: the labels of its fields in each state.</summary>
public sealed record TranslationRow(int Id, string Name, string EditUrl, IReadOnlyList<string> Missing, IReadOnlyList<string> OutOfDate, bool Draft);

public sealed record TranslationGroup(ContentKindInfo Kind, IReadOnlyList<TranslationRow> Rows)
{
    public int MissingCount => Rows.Sum(r => r.Missing.Count);
    public int OutOfDateCount => Rows.Sum(r => r.OutOfDate.Count);
    public int DraftCount => Rows.Count(r => r.Draft);
}

public sealed record TranslationsPage(IReadOnlyList<TranslationGroup> Groups, TranslationFilter? State, ContentKind? Kind, IReadOnlyList<ContentKindInfo> Kinds)
{
    public int MissingCount => Groups.Sum(g => g.MissingCount);
    public int OutOfDateCount => Groups.Sum(g => g.OutOfDateCount);
    public int DraftCount => Groups.Sum(g => g.DraftCount);

    /// <summary>The query-string value of each filter, also what the page's links and its select use.</summary>
    public static string Value(TranslationFilter filter) => filter switch
    {
        TranslationFilter.Missing => "missing",
        TranslationFilter.OutOfDate => "out-of-date",
        _ => "draft",
    };
}

/// <summary>
/// Every record whose Japanese is missing or out of date (its English changed after the Japanese was
/// saved), and every draft translation, by kind of content, each linked to its form. Each kind is read
/// once, whole: the lists are small and the states are worked out from the texts themselves.
/// </summary>
public sealed class TranslationsController(SummitDbContext db) : AdminController
{
    public const string Path = "/admin/translations";

    /// <summary>Kinds with texts to translate, in the staff menu's order.</summary>
    public static IReadOnlyList<ContentKindInfo> TranslatedKinds { get; } = ContentKinds.All
        .Where(k => !k.AuditOnly && k.AdminPath is not null && k.Entities.Count > 0 && Translations.FieldsOf(k.Entities[0]).Count > 0)
        .ToList();

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? state, string? kind, CancellationToken ct)
    {
        TranslationFilter? filter = null;
        if (!string.IsNullOrEmpty(state))
        {
            filter = Enum.GetValues<TranslationFilter>().Cast<TranslationFilter?>().FirstOrDefault(f => TranslationsPage.Value(f!.Value) == state);
            if (filter is null)
            {
                return BadRequest("state must be missing, out-of-date or draft (or left out for all).");
            }
        }

        var kinds = TranslatedKinds;
        ContentKind? chosen = null;
        if (!string.IsNullOrEmpty(kind))
        {
            var match = TranslatedKinds.FirstOrDefault(k => string.Equals(k.Kind.ToString(), kind, StringComparison.Ordinal));
            if (match is null)
            {
                return BadRequest($"kind must be one of: {string.Join(", ", TranslatedKinds.Select(k => k.Kind))} (or left out for all).");
            }

            kinds = [match];
            chosen = match.Kind;
        }

        var groups = new List<TranslationGroup>();
        foreach (var info in kinds)
        {
            var rows = await RowsAsync(info, filter, ct);
            if (rows.Count > 0)
            {
                groups.Add(new TranslationGroup(info, rows));
            }
        }

        return View(new TranslationsPage(groups, filter, chosen, TranslatedKinds));
    }

    private async Task<List<TranslationRow>> RowsAsync(ContentKindInfo info, TranslationFilter? filter, CancellationToken ct)
    {
        var type = info.Entities[0];
        var fields = Translations.FieldsOf(type);
        var labels = LabelsOf(type);
        var records = await (Task<List<object>>)LoadMethod.MakeGenericMethod(type).Invoke(this, [ct])!;
        var found = new List<(int Id, List<string> Missing, List<string> OutOfDate, bool Draft)>();
        foreach (var record in records)
        {
            var hashes = record is ContentEntity content ? Translations.ReadHashes(content.JaSourceHashes) : [];
            var missing = new List<string>();
            var outOfDate = new List<string>();
            var hasJapanese = false;
            foreach (var field in fields)
            {
                var japanese = field.JapaneseOf(record);
                hasJapanese |= !string.IsNullOrWhiteSpace(japanese);
                switch (Translations.StateOf(field.English(record), japanese, hashes.GetValueOrDefault(field.Name)))
                {
                    case TranslationState.Missing:
                        missing.Add(labels.GetValueOrDefault(field.Name, field.Name));
                        break;
                    case TranslationState.OutOfDate:
                        outOfDate.Add(labels.GetValueOrDefault(field.Name, field.Name));
                        break;
                }
            }

            // A draft is Japanese not yet reviewed; a record with no Japanese at all is simply missing.
            var draft = hasJapanese && record is ContentEntity { JaStatus: TranslationStatus.Draft };
            var row = filter switch
            {
                TranslationFilter.Missing => (Id(record), missing, new List<string>(), false),
                TranslationFilter.OutOfDate => (Id(record), new List<string>(), outOfDate, false),
                TranslationFilter.Draft => (Id(record), new List<string>(), new List<string>(), draft),
                _ => (Id(record), missing, outOfDate, draft),
            };
            if (row.Item2.Count > 0 || row.Item3.Count > 0 || row.Item4)
            {
                found.Add(row);
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        var names = (await info.Names(db, found.Select(f => f.Id).ToList(), ct)).ToDictionary(n => n.Id, n => n.Name);
        var editor = new EditorInfo(info);
        return found
            .Select(f => new TranslationRow(f.Id, names.GetValueOrDefault(f.Id) is { Length: > 0 } name ? name : $"#{f.Id}", editor.EditUrl(f.Id), f.Missing, f.OutOfDate, f.Draft))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Id)
            .ToList();
    }

    private static readonly MethodInfo LoadMethod = typeof(TranslationsController).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private async Task<List<object>> LoadAsync<T>(CancellationToken ct) where T : class
    {
        IQueryable<T> query = db.Set<T>().AsNoTracking();
        if (typeof(T) == typeof(MediaImage))
        {
            // People's and events' own photos keep their texts on the person or event; only library photos have their own.
            query = (IQueryable<T>)(object)db.Images.AsNoTracking().Where(i => i.InLibrary);
        }

        return [.. await query.ToListAsync(ct)];
    }

    private static int Id(object record) => record switch
    {
        ContentEntity content => content.Id,
        MediaImage image => image.Id,
        _ => throw new InvalidOperationException($"{record.GetType().Name} has no known id."),
    };

    private static readonly Dictionary<Type, IReadOnlyDictionary<string, string>> Labels = [];

    /// <summary>
    /// Each translated field as its form labels it ("Introduction" for IntroMarkdown): the English field's
    /// [Display] name on the kind's form, else the Japanese field's.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> LabelsOf(Type entityType)
    {
        lock (Labels)
        {
            if (Labels.TryGetValue(entityType, out var labels))
            {
                return labels;
            }

            var form = FormTypeOf(entityType);
            labels = Translations.FieldsOf(entityType).ToDictionary(
                f => f.Name,
                f => DisplayName(form?.GetProperty(f.Name)) ?? DisplayName(form?.GetProperty(f.Japanese.Name)) ?? f.Name,
                StringComparer.Ordinal);
            Labels[entityType] = labels;
            return labels;
        }
    }

    private static string? DisplayName(PropertyInfo? property) => property?.GetCustomAttribute<DisplayAttribute>()?.GetName();

    /// <summary>The form staff edit an entity with: the one its <see cref="ContentEditor{TForm, TEntity}"/> names.</summary>
    private static Type? FormTypeOf(Type entityType)
    {
        if (entityType == typeof(MediaImage))
        {
            return typeof(MediaForm);
        }

        foreach (var type in typeof(TranslationsController).Assembly.GetTypes().Where(t => !t.IsAbstract))
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(ContentEditor<,>) && baseType.GetGenericArguments()[1] == entityType)
                {
                    return baseType.GetGenericArguments()[0];
                }
            }
        }

        return null;
    }
}
