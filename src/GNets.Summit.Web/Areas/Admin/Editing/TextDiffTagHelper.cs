using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>A line-by-line difference of two long texts (biographies, communiqué sections), removed lines struck through.</summary>
[HtmlTargetElement("text-diff", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextDiffTagHelper : TagHelper
{
    public string Before { get; set; } = "";

    public string After { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "text-diff");
        var diff = InlineDiffBuilder.Diff(Before, After, ignoreWhiteSpace: false);
        foreach (var line in diff.Lines)
        {
            var (tag, prefix) = line.Type switch
            {
                ChangeType.Deleted => ("del", "Removed: "),
                ChangeType.Inserted => ("ins", "Added: "),
                _ => ("span", null),
            };
            var element = new TagBuilder(tag);
            element.AddCssClass("text-diff__line");
            if (prefix is not null)
            {
                element.InnerHtml.AppendHtml($"<span class=\"visually-hidden\">{prefix}</span>");
            }

            element.InnerHtml.Append(line.Text.Length == 0 ? " " : line.Text);
            output.Content.AppendHtml(element);
        }
    }
}
