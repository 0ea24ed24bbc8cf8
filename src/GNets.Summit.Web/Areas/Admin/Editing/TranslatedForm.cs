using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// A form of a record that has Japanese texts. Each Japanese text is a property named as on the entity
/// ("TitleJa" beside "Title"), copied by <see cref="FormTranslations"/>, so an editor only declares it.
/// </summary>
public abstract class TranslatedForm : EditForm
{
    [Display(Name = "Translation status", Description = "A draft translation of an official text (such as the communiqué) is shown to visitors as a provisional translation (仮訳).")]
    public TranslationStatus JaStatus { get; set; }

    /// <summary>An action, not a value: kept out of revisions and differences.</summary>
    [JsonIgnore]
    [Display(Name = "The Japanese matches the English as it stands", Description = "Tick after checking every Japanese text against the English: none is shown as out of date any more.")]
    public bool JaMatchesEnglish { get; set; }
}

/// <summary>Copies a record's Japanese texts and translation status between the entity and its form, and stamps what changed.</summary>
public static class FormTranslations
{
    /// <summary>The longest Japanese text the generic message allows for ({0} is the field, {1} the length).</summary>
    public const string TooLong = "{0} can be at most {1} characters.";

    private static readonly Dictionary<(Type Entity, Type Form), IReadOnlyList<(TranslatedField Field, PropertyInfo Form)>> Pairs = [];

    /// <summary>The translated fields of <paramref name="entityType"/> that <paramref name="formType"/> has a property for.</summary>
    public static IReadOnlyList<(TranslatedField Field, PropertyInfo Form)> PairsOf(Type entityType, Type formType)
    {
        lock (Pairs)
        {
            if (!Pairs.TryGetValue((entityType, formType), out var pairs))
            {
                pairs = Translations.FieldsOf(entityType)
                    .Select(f => (Field: f, Form: formType.GetProperty(f.Japanese.Name)))
                    .Where(p => p.Form is not null && p.Form.PropertyType == typeof(string) && p.Form.CanWrite)
                    .Select(p => (p.Field, p.Form!))
                    .ToList();
                Pairs[(entityType, formType)] = pairs;
            }

            return pairs;
        }
    }

    public static void ToForm(object entity, EditForm form)
    {
        foreach (var (field, property) in PairsOf(entity.GetType(), form.GetType()))
        {
            property.SetValue(form, field.JapaneseOf(entity));
        }

        if (entity is ContentEntity content && form is TranslatedForm translated)
        {
            translated.JaStatus = content.JaStatus;
        }
    }

    /// <summary>
    /// Copies the form's Japanese onto the entity (trimmed; empty is none) and returns the fields whose Japanese changed.
    /// </summary>
    public static List<string> ToEntity(EditForm form, object entity)
    {
        var changed = new List<string>();
        foreach (var (field, property) in PairsOf(entity.GetType(), form.GetType()))
        {
            var typed = (string?)property.GetValue(form);
            var value = string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
            if (!string.Equals(value, field.JapaneseOf(entity), StringComparison.Ordinal))
            {
                field.Japanese.SetValue(entity, value);
                changed.Add(field.Name);
            }
        }

        return changed;
    }

    /// <summary>
    /// Saves the form's Japanese and status onto a record whose English is already applied: each changed
    /// Japanese text is stamped as written against the English as it now stands (all of them when staff
    /// say the whole Japanese matches). English edited alone leaves the Japanese out of date.
    /// </summary>
    public static void Apply(EditForm form, ContentEntity entity)
    {
        var changed = ToEntity(form, entity);
        if (form is not TranslatedForm translated)
        {
            Translations.Stamp(entity, changed);
            return;
        }

        entity.JaStatus = translated.JaStatus;
        if (translated.JaMatchesEnglish)
        {
            Translations.StampAll(entity);
        }
        else
        {
            Translations.Stamp(entity, changed);
        }
    }
}
