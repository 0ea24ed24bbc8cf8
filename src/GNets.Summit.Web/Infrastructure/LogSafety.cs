using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Keeps every log event on one line whatever a visitor sends: control characters (CR, LF, tab, ESC…)
/// and Unicode line separators in property values are written as escapes (<c>\n</c>, <c>\u001B</c>),
/// so a path or e-mail address holding "%0a" cannot forge a second log line. Runs after every other
/// enricher, on every property of every event, before any sink sees it.
/// </summary>
public sealed class EscapeControlCharactersEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Escape(value);
            if (!ReferenceEquals(safe, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, safe));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The value with its text escaped, or the same instance when nothing needed escaping.</summary>
    internal static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when text.Any(NeedsEscape):
                return new ScalarValue(Escape(text));
            case ScalarValue { Value: not (null or string) } scalar when scalar.Value is not IFormattable and not bool:
                var rendered = scalar.Value.ToString() ?? "";
                return rendered.Any(NeedsEscape) ? new ScalarValue(Escape(rendered)) : value;
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    (ScalarValue)Escape(e.Key), Escape(e.Value))).ToList();
                return entries.Select(e => e.Value).SequenceEqual(dictionary.Elements.Select(e => e.Value))
                       && entries.Select(e => e.Key).SequenceEqual(dictionary.Elements.Select(e => e.Key))
                    ? value
                    : new DictionaryValue(entries);
            default:
                return value;
        }
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when NeedsEscape(c) => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
