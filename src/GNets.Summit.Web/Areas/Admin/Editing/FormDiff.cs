using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Compares two versions of a form field by field, in words staff recognise: labels from [Display],
/// ids of related records shown as their names.
/// </summary>
public sealed class FormDiff(SummitDbContext db)
{
    public async Task<IReadOnlyList<FieldChange>> CompareAsync<TForm>(TForm? before, TForm after, CancellationToken ct)
        where TForm : EditForm
    {
        var fields = Fields(typeof(TForm));
        var names = await LoadNamesAsync(fields, [before, after], ct);
        var changes = new List<FieldChange>();
        foreach (var field in fields)
        {
            var old = before is null ? "" : Format(field, field.GetValue(before), names);
            var now = Format(field, field.GetValue(after), names);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(Label(field), old, now, IsMultiline(field), IsJapanese(field) ? "ja" : null));
            }
        }

        return changes;
    }

    /// <summary>The names of the fields that differ, for the revision list ("Position, Photo").</summary>
    public static string ChangedFieldNames<TForm>(TForm? before, TForm after) where TForm : EditForm =>
        string.Join(", ", Fields(typeof(TForm))
            .Where(f => before is null || !Equals(Raw(f.GetValue(before)), Raw(f.GetValue(after))))
            .Select(Label));

    private static IReadOnlyList<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(EditForm.Id) or nameof(EditForm.Version)))
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.CanWrite)
            .ToList();

    private static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;

    /// <summary>A Japanese text ("TitleJa" beside "Title"), so its values are marked lang="ja".</summary>
    private static bool IsJapanese(PropertyInfo property) =>
        property.PropertyType == typeof(string) && property.Name.EndsWith("Ja", StringComparison.Ordinal);

    /// <summary>[Url] is a DataTypeAttribute too, so a URL field carries two: look at all of them.</summary>
    private static bool IsMultiline(PropertyInfo property) =>
        property.GetCustomAttributes<DataTypeAttribute>().Any(a => a.DataType == DataType.MultilineText);

    private static string Raw(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable list => string.Join("|", list.Cast<object?>().Select(Raw)),
        _ when value.GetType().IsClass => string.Join(";", value.GetType().GetProperties().Select(p => Raw(p.GetValue(value)))),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Format(PropertyInfo field, object? value, Dictionary<(ContentKind, int), string> names)
    {
        var reference = field.GetCustomAttribute<ReferencesAttribute>();
        return value switch
        {
            null => "",
            string s => s,
            bool b => b ? "Yes" : "No",
            int id when reference is not null => id == 0 ? "" : names.GetValueOrDefault((reference.Kind, id), $"#{id}"),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
            double n => n.ToString(CultureInfo.InvariantCulture),
            IEnumerable list => string.Join(", ", list.Cast<object?>().Select(item => item switch
            {
                int id when reference is not null => names.GetValueOrDefault((reference.Kind, id), $"#{id}"),
                null => "",
                IFormRow row => row.Describe((kind, id) => names.GetValueOrDefault((kind, id), $"#{id}")),
                _ => item.ToString() ?? "",
            }).Where(s => s.Length > 0)),
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private async Task<Dictionary<(ContentKind, int), string>> LoadNamesAsync(
        IReadOnlyList<PropertyInfo> fields, object?[] forms, CancellationToken ct)
    {
        var wanted = new Dictionary<ContentKind, HashSet<int>>();
        foreach (var form in forms.Where(f => f is not null))
        {
            Collect(fields, form!, wanted);
        }

        var names = new Dictionary<(ContentKind, int), string>();
        foreach (var (kind, ids) in wanted)
        {
            var found = await ContentKinds.Of(kind).Names(db, ids, ct);
            foreach (var item in found)
            {
                names[(kind, item.Id)] = item.Name;
            }
        }

        return names;
    }

    private static void Collect(IEnumerable<PropertyInfo> fields, object form, Dictionary<ContentKind, HashSet<int>> wanted)
    {
        foreach (var field in fields)
        {
            var value = field.GetValue(form);
            var reference = field.GetCustomAttribute<ReferencesAttribute>();
            switch (value)
            {
                case int id when reference is not null:
                    Add(reference.Kind, id);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is int listId && reference is not null)
                        {
                            Add(reference.Kind, listId);
                        }
                        else if (item is not null && item.GetType().IsClass && item is not string)
                        {
                            Collect(item.GetType().GetProperties(), item, wanted);
                        }
                    }

                    break;
            }
        }

        void Add(ContentKind kind, int id)
        {
            if (id > 0)
            {
                (wanted.TryGetValue(kind, out var set) ? set : wanted[kind] = []).Add(id);
            }
        }
    }
}
