using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;

namespace GNets.Summit.Web.Data;

/// <summary>Where a field's Japanese stands against its English.</summary>
public enum TranslationState
{
    /// <summary>No English either: nothing to translate.</summary>
    NotNeeded = 0,
    Missing = 1,
    /// <summary>The English changed after the Japanese was saved.</summary>
    OutOfDate = 2,
    Current = 3,
}

/// <summary>
/// One translatable text of a record: the Japanese property ("TitleJa") and how to read its English
/// source. By convention "XJa" translates "X"; a person's one Japanese name translates the whole English name.
/// </summary>
public sealed record TranslatedField(string Name, PropertyInfo Japanese, Func<object, string?> English)
{
    public string? JapaneseOf(object record) => (string?)Japanese.GetValue(record);
}

/// <summary>
/// Which fields of a record have a Japanese translation, and whether each is missing or out of date.
/// A record remembers, per field, a hash of the English its Japanese was written against
/// (<see cref="ContentEntity.JaSourceHashes"/>); the importer and the admin forms stamp it.
/// </summary>
public static class Translations
{
    private static readonly Dictionary<Type, IReadOnlyList<TranslatedField>> FieldsByType = [];

    /// <summary>The translatable fields of an entity type, in declaration order.</summary>
    public static IReadOnlyList<TranslatedField> FieldsOf(Type entityType)
    {
        lock (FieldsByType)
        {
            if (!FieldsByType.TryGetValue(entityType, out var fields))
            {
                fields = [.. Discover(entityType)];
                FieldsByType[entityType] = fields;
            }

            return fields;
        }
    }

    private static IEnumerable<TranslatedField> Discover(Type type)
    {
        foreach (var japanese in type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith("Ja", StringComparison.Ordinal)))
        {
            var name = japanese.Name[..^2];
            if (type == typeof(Person) && name == "Name")
            {
                yield return new TranslatedField(name, japanese, r => ((Person)r) is var p ? PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder) : null);
                continue;
            }

            var english = type.GetProperty(name) ?? throw new InvalidOperationException($"{type.Name}.{japanese.Name} has no English {name}.");
            yield return new TranslatedField(name, japanese, r => (string?)english.GetValue(r));
        }
    }

    /// <summary>A short, stable fingerprint of an English text (line endings and outer spaces ignored).</summary>
    public static string Hash(string? english)
    {
        var normalized = (english ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }

    public static Dictionary<string, string> ReadHashes(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) is { } hashes
                ? new(hashes, StringComparer.Ordinal)
                : new(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>Where the Japanese of <paramref name="field"/> stands on <paramref name="record"/>.</summary>
    public static TranslationState StateOf(ContentEntity record, TranslatedField field) =>
        StateOf(field.English(record), field.JapaneseOf(record), ReadHashes(record.JaSourceHashes).GetValueOrDefault(field.Name));

    public static TranslationState StateOf(string? english, string? japanese, string? stampedHash) =>
        string.IsNullOrWhiteSpace(english) ? TranslationState.NotNeeded
        : string.IsNullOrWhiteSpace(japanese) ? TranslationState.Missing
        : stampedHash is not null && stampedHash != Hash(english) ? TranslationState.OutOfDate
        : TranslationState.Current;

    /// <summary>
    /// Records that the Japanese of each field in <paramref name="fieldNames"/> was written against the
    /// record's English as it stands now (a field without Japanese loses its stamp).
    /// </summary>
    public static void Stamp(ContentEntity record, IEnumerable<string> fieldNames)
    {
        var hashes = ReadHashes(record.JaSourceHashes);
        var fields = FieldsOf(record.GetType()).ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var name in fieldNames)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                throw new ArgumentException($"{record.GetType().Name} has no translated field {name}.", nameof(fieldNames));
            }

            if (string.IsNullOrWhiteSpace(field.JapaneseOf(record)))
            {
                hashes.Remove(name);
            }
            else
            {
                hashes[name] = Hash(field.English(record));
            }
        }

        record.JaSourceHashes = hashes.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(hashes, StringComparer.Ordinal));
    }

    /// <summary>Stamps every translated field: the whole Japanese matches the English as it stands.</summary>
    public static void StampAll(ContentEntity record) =>
        Stamp(record, FieldsOf(record.GetType()).Select(f => f.Name));
}
