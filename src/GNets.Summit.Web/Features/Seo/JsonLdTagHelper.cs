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

        object payload = Items.Count == 1
            ? Items[0]
            : new Dictionary<string, object> { ["@context"] = "https://schema.org", ["@graph"] = Items };
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "application/ld+json");
        output.Content.SetHtmlContent(JsonSerializer.Serialize(payload, Options));
    }
}
