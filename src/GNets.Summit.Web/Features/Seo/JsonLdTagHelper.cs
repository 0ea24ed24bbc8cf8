using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GNets.Summit.Web.Features.Seo;

/// <summary>
/// Writes schema.org objects as one <c>application/ld+json</c> block. The default encoder escapes
/// &lt; &gt; &amp; so text from the store can never close the script element.
/// </summary>
[HtmlTargetElement("json-ld", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JsonLdTagHelper : TagHelper
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
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
            output.Content.AppendHtml(JsonSerializer.Serialize(item, Options));
            output.Content.AppendHtml("</script>");
        }
    }
}
