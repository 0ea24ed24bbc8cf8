using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GNets.Summit.Web.Content;

/// <summary>
/// A YAML mapping read field by field, so every problem can name its file, line and field.
/// Fields that are present but never read are reported by <see cref="EnsureNoUnknownFields"/>,
/// which turns a typo ("contient:") into an error instead of a silently missing value.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly int lineOffset;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private YamlMap(string file, YamlMappingNode node, int lineOffset)
    {
        File = file;
        this.node = node;
        this.lineOffset = lineOffset;
    }

    public string File { get; }

    public int Line => LineOf(node);

    /// <summary>Parses a YAML document. <paramref name="lineOffset"/> is the number of file lines before the YAML starts.</summary>
    public static YamlNode? Parse(string file, string text, int lineOffset)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            throw new ContentException(file, (int)ex.Start.Line + lineOffset, null, $"is not valid YAML ({Simplify(ex)})");
        }
    }

    public static YamlMap From(string file, YamlNode? node, int lineOffset, string what)
    {
        return node switch
        {
            YamlMappingNode map => new YamlMap(file, map, lineOffset),
            null => throw new ContentException(file, 1 + lineOffset, null, $"is empty; expected {what}"),
            _ => throw new ContentException(file, (int)node.Start.Line + lineOffset, null, $"expected {what} (a set of 'field: value' lines)"),
        };
    }

    public static IReadOnlyList<YamlMap> ListFrom(string file, YamlNode? node, int lineOffset, string what)
    {
        return node switch
        {
            YamlSequenceNode seq => seq.Children.Select(child => From(file, child, lineOffset, what)).ToList(),
            null => [],
            _ => throw new ContentException(file, (int)node.Start.Line + lineOffset, null, $"expected a list of {what}"),
        };
    }

    public ContentException Error(string? field, string problem, YamlNode? at = null) =>
        new(File, at is null ? Line : LineOf(at), field, problem);

    /// <summary>An error about a field's value, at the value's own line (for checks made after reading it).</summary>
    public ContentException ValueError(string field, string problem) => Error(field, problem, Get(field));

    public string Text(string field)
    {
        var value = OptionalText(field);
        return string.IsNullOrWhiteSpace(value) ? throw Error(field, "is required") : value;
    }

    public string? OptionalText(string field)
    {
        var value = Get(field);
        return value switch
        {
            null => null,
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(),
            _ => throw Error(field, "must be a single value, not a list or a block", value),
        };
    }

    public string Slug(string field)
    {
        var value = Text(field);
        return Infrastructure.Slugs.IsWellFormed(value)
            ? value
            : throw Error(field, $"'{value}' is not a slug (lowercase letters, digits and single hyphens, e.g. 'sao-paulo')", Get(field));
    }

    public DateOnly Date(string field) =>
        OptionalDate(field) ?? throw Error(field, "is required (a date like 2023-02-27)");

    public DateOnly? OptionalDate(string field)
    {
        var text = OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(field, $"'{text}' is not a date like 2023-02-27", Get(field));
    }

    public TimeOnly? OptionalTime(string field)
    {
        var text = OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Error(field, $"'{text}' is not a time like 09:30", Get(field));
    }

    public double Number(string field, double min, double max)
    {
        var text = Text(field);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(field, $"'{text}' is not a number", Get(field));
        }

        return value < min || value > max
            ? throw Error(field, $"{text} is out of range ({min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})", Get(field))
            : value;
    }

    public int? OptionalInt(string field)
    {
        var text = OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(field, $"'{text}' is not a whole number", Get(field));
    }

    public bool Flag(string field, bool whenMissing)
    {
        var text = OptionalText(field);
        return text switch
        {
            null => whenMissing,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(field, $"'{text}' is not true or false", Get(field)),
        };
    }

    /// <summary>An enum value written in kebab-case ("video-message" for VideoMessage); required.</summary>
    public TEnum Choice<TEnum>(string field) where TEnum : struct, Enum => Choice<TEnum>(field, null);

    public TEnum Choice<TEnum>(string field, TEnum whenMissing) where TEnum : struct, Enum => Choice<TEnum>(field, (TEnum?)whenMissing);

    private TEnum Choice<TEnum>(string field, TEnum? whenMissing) where TEnum : struct, Enum
    {
        var text = OptionalText(field);
        if (text is null)
        {
            return whenMissing ?? throw Error(field, $"is required (one of: {string.Join(", ", Choices<TEnum>())})");
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Kebab(value.ToString()) == text)
            {
                return value;
            }
        }

        throw Error(field, $"'{text}' is not one of: {string.Join(", ", Choices<TEnum>())}", Get(field));
    }

    public YamlMap? OptionalMap(string field, string what)
    {
        var value = Get(field);
        return value is null ? null : From(File, value, lineOffset, what);
    }

    public IReadOnlyList<YamlMap> Maps(string field, string what)
    {
        var value = Get(field);
        return value switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.Select(child => From(File, child, lineOffset, what)).ToList(),
            _ => throw Error(field, $"must be a list of {what}", value),
        };
    }

    /// <summary>
    /// A mapping keyed by slug (or date), each value a mapping of its own: <c>tokyo: {name: 東京}</c>.
    /// Used by the Japanese sidecars, which name the records they translate rather than repeat them.
    /// </summary>
    public IReadOnlyList<Keyed> Keyed(string field, string what)
    {
        var value = Get(field);
        switch (value)
        {
            case null:
                return [];
            case YamlMappingNode map:
                var result = new List<Keyed>();
                foreach (var (key, entry) in map.Children)
                {
                    if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        throw Error(field, $"each key must be a slug or a date naming {what}", key);
                    }

                    if (entry is not YamlMappingNode)
                    {
                        throw Error(field, $"'{name}' must be a set of 'field: value' pairs ({what}), e.g. {{name: …}}", entry);
                    }

                    result.Add(new Keyed(name, new Source(File, LineOf(key), field), From(File, entry, lineOffset, what)));
                }

                return result;
            default:
                throw Error(field, $"must be a set of 'slug: {{field: value}}' lines, one per {what}", value);
        }
    }

    /// <summary>A list of slugs, each with the line it is on, for cross-reference errors.</summary>
    public IReadOnlyList<SlugRef> Slugs(string field)
    {
        var value = Get(field);
        switch (value)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var refs = new List<SlugRef>();
                foreach (var child in seq.Children)
                {
                    if (child is not YamlScalarNode { Value: { } slug } || !Infrastructure.Slugs.IsWellFormed(slug))
                    {
                        throw Error(field, $"'{(child as YamlScalarNode)?.Value}' is not a slug", child);
                    }

                    refs.Add(new SlugRef(slug, new Source(File, LineOf(child), field)));
                }

                return refs;
            default:
                throw Error(field, "must be a list of slugs, e.g. [tokyo, paris]", value);
        }
    }

    public Source SourceOf(string field) => new(File, Get(field) is { } at ? LineOf(at) : Line, field);

    public void EnsureNoUnknownFields()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                throw new ContentException(File, LineOf(key), name, $"is not a known field here (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }

    private YamlNode? Get(string field)
    {
        known.Add(field);
        return node.Children.TryGetValue(new YamlScalarNode(field), out var value) ? value : null;
    }

    private int LineOf(YamlNode at) => (int)at.Start.Line + lineOffset;

    internal static string Kebab(string pascal) => KebabBoundary().Replace(pascal, "$1-$2").ToLowerInvariant();

    private static IEnumerable<string> Choices<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => Kebab(v.ToString()));

    private static string Simplify(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var closing = message.IndexOf("):", StringComparison.Ordinal);
        return (message.StartsWith('(') && closing > 0 ? message[(closing + 2)..] : message).Trim();
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}

/// <summary>Where a value came from, for error messages that point at it.</summary>
internal readonly record struct Source(string File, int Line, string Field)
{
    public ContentException Error(string problem) => new(File, Line, Field, problem);
}

internal readonly record struct SlugRef(string Slug, Source Source);

/// <summary>One entry of a keyed mapping: its key (a slug or a date), where the key is, and its fields.</summary>
internal sealed record Keyed(string Key, Source Source, YamlMap Map);
