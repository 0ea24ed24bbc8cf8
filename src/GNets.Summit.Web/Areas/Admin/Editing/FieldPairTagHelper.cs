using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// A text and its Japanese translation side by side (stacked on narrow screens), each a whole
/// <see cref="FieldTagHelper"/> field: <c>&lt;field-pair for="Form.Title" ja="Form.TitleJa" /&gt;</c>,
/// <c>&lt;field-pair for="Form.BioMarkdown" ja="Form.BioMarkdownJa" type="markdown" preview="…" preview-ja="…" /&gt;</c>.
/// The Japanese control carries lang="ja", so it is spelled, read aloud and shown in a Japanese font.
/// </summary>
[HtmlTargetElement("field-pair", Attributes = "for,ja", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldPairTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    public ModelExpression Ja { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>As on <see cref="FieldTagHelper.Type"/>; both fields get it.</summary>
    public string? Type { get; set; }

    public int Rows { get; set; } = 8;

    /// <summary>The English field's label, when not its [Display] name.</summary>
    public string? Label { get; set; }

    public IHtmlContent? Preview { get; set; }

    public IHtmlContent? PreviewJa { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // The English field is labelled as any other field; the Japanese one after it, in the page's language
        // (the localizer returns a text it has no entry for, or one already in the page's language, as it is).
        string englishLabel = t[Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? For.Name];
        // On a Japanese admin page the English is the other language.
        var englishLang = SiteLanguages.Current == SiteLanguage.Ja ? "en" : null;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-pair");
        output.Content.AppendHtml(await FieldAsync(context, For, Label, hint: null, englishLang, Preview));
        output.Content.AppendHtml(await FieldAsync(context, Ja, t["{0} (Japanese)", englishLabel], Ja.Metadata.Description, "ja", PreviewJa));
    }

    private async Task<TagHelperOutput> FieldAsync(
        TagHelperContext context, ModelExpression expression, string? label, string? hint, string? lang, IHtmlContent? preview)
    {
        // Made as MVC makes tag helpers, so whatever the field needs injected it gets.
        var field = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<FieldTagHelper>(ViewContext.HttpContext.RequestServices);
        field.For = expression;
        field.ViewContext = ViewContext;
        field.Type = Type;
        field.Rows = Rows;
        field.Label = label;
        field.Hint = hint ?? expression.Metadata.Description;
        field.Lang = lang;
        field.Preview = preview is null || lang is null ? preview : new HtmlContentBuilder().AppendHtml($"<div lang=\"{lang}\">").AppendHtml(preview).AppendHtml("</div>");
        var output = new TagHelperOutput(
            "field",
            [],
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        var fieldContext = new TagHelperContext("field", [], new Dictionary<object, object>(), context.UniqueId + expression.Name);
        field.Init(fieldContext);
        await field.ProcessAsync(fieldContext, output);
        return output;
    }
}
