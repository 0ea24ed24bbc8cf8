using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// A stored text in the language of the page, or its English source when the Japanese is missing.
/// Written into HTML it marks a fallback with its own language (<c>&lt;span lang="en"&gt;</c>), so
/// screen readers and search engines read it right; in attributes, titles and JSON use <see cref="Text"/>.
/// Serialised (JSON-LD, open data) it is its text, so a view model's field can be written as it is.
/// </summary>
[JsonConverter(typeof(LocalizedJsonConverter))]
public readonly record struct Localized(string Text, bool IsFallback) : IHtmlContent
{
    /// <summary>The Japanese when serving Japanese and it is there, else the English.</summary>
    public static Localized Pick(string english, string? japanese) =>
        Pick(SiteLanguages.Current, english, japanese);

    public static Localized Pick(SiteLanguage language, string english, string? japanese) =>
        language == SiteLanguage.Ja
            ? string.IsNullOrWhiteSpace(japanese) ? new Localized(english, IsFallback: english.Length > 0) : new Localized(japanese, false)
            : new Localized(english, false);

    /// <summary>For optional fields: null when the English is missing too.</summary>
    public static Localized? PickOptional(string? english, string? japanese) =>
        string.IsNullOrWhiteSpace(english) && string.IsNullOrWhiteSpace(japanese) ? null : Pick(english ?? "", japanese);

    /// <summary>The language the text is actually in, for a lang attribute: null when it is the page's.</summary>
    public string? Lang => IsFallback ? SiteLanguage.En.Tag() : null;

    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text;

    // No implicit conversion to string: with one, Razor's `@x` chose Write(string) over Write(object)
    // (a user-defined conversion to string beats boxing to object) and the fallback lost its lang="en".

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (IsFallback)
        {
            writer.Write("<span lang=\"en\">");
            encoder.Encode(writer, Text);
            writer.Write("</span>");
        }
        else
        {
            encoder.Encode(writer, Text);
        }
    }
}

/// <summary>Writes a <see cref="Localized"/> as its text: JSON has no place for the fallback mark.</summary>
public sealed class LocalizedJsonConverter : JsonConverter<Localized>
{
    public override Localized Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? "", false);

    public override void Write(Utf8JsonWriter writer, Localized value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}
