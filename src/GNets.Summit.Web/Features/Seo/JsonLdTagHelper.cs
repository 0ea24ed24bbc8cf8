using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GNets.Summit.Web.Features.Seo;

/// <summary>
/// Writes schema.org objects as one <c>application/ld+json</c> block. Letters of every script are
/// written as they are (UTF-8); the encoder still escapes &lt; &gt; &amp; ' " so text from the store
/// can never close the script element.
/// </summary>
[HtmlTargetElement("json-ld", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JsonLdTagHelper : TagHelper
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public IReadOnlyList<object>? Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Items is null || Items.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        // One block per object: each is a complete document with its own @context.
        output.TagName = null;
        foreach (var item in Items)
        {
            output.Content.AppendHtml("<script type=\"application/ld+json\">");
            output.Content.AppendHtml(JsonSerializer.Serialize(WithoutNulls(item), Options));
            output.Content.AppendHtml("</script>");
        }
    }

    /// <summary>Drops null properties from nested dictionaries (WhenWritingNull does not apply to dictionary values).</summary>
    internal static object? WithoutNulls(object? value) => value switch
    {
        IDictionary<string, object?> map => map.Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => WithoutNulls(p.Value), StringComparer.Ordinal),
        string text => text,
        // A text picked for the page's language is just its text in JSON (the page says "inLanguage").
        Infrastructure.Localized localized => localized.Text,
        System.Collections.IEnumerable list => list.Cast<object?>().Where(v => v is not null).Select(WithoutNulls).ToList(),
        _ => value,
    };
}
