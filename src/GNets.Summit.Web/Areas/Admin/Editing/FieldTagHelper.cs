using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// One form field as staff need it: label, hint, the error in words next to the field, the control
/// (chosen from the property's type), and what they typed kept after a failed save.
/// <c>&lt;field for="Name" /&gt;</c>, <c>&lt;field for="Continent" items="@options" /&gt;</c>,
/// <c>&lt;field for="BioMarkdown" type="markdown" preview="@html" /&gt;</c>.
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>text, textarea, markdown, select, checkbox, date, time, number, url, email, password, file.</summary>
    public string? Type { get; set; }

    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>The first option of a select, for "none".</summary>
    public string? Empty { get; set; }

    public string? Accept { get; set; }

    public string? Autocomplete { get; set; }

    public int Rows { get; set; } = 8;

    public bool Required { get; set; }

    public IHtmlContent? Preview { get; set; }

    /// <summary>The language of the value when it is not the page's, e.g. "ja" for a Japanese text (see <see cref="FieldPairTagHelper"/>).</summary>
    public string? Lang { get; set; }

    /// <summary>
    /// The staff's words. Labels and hints from [Display] arrive translated; options, "— choose —" and
    /// messages stored in English (a fixed ModelState error) are translated here, as they are shown.
    /// </summary>
    private IStringLocalizer T => ViewContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Resources.SharedResource>>();

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var metadata = For.Metadata;
        var label = (Label is null ? null : T[Label].Value) ?? metadata.DisplayName ?? metadata.PropertyName ?? name;
        var hint = (Hint is null ? null : T[Hint].Value) ?? metadata.Description;
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => T[e.ErrorMessage].Value).ToList() : [];
        var type = Type ?? (Items is not null ? "select" : InferType(metadata.UnderlyingOrModelType, metadata.DataTypeName));
        var value = entry?.AttemptedValue ?? FormatValue(For.Model);
        var describedBy = string.Join(' ', new[] { hint is null ? null : $"{id}-hint", errors.Count > 0 ? $"{id}-error" : null }.Where(s => s is not null));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"field field--{type}{(errors.Count > 0 ? " field--error" : "")}");

        var control = type switch
        {
            "checkbox" => Checkbox(name, id, For.Model is true),
            "select" => Select(name, id, value),
            "textarea" or "markdown" => TextArea(name, id, value),
            _ => Input(name, id, type, value, Accept),
        };
        AddCommonAttributes(control, type, describedBy, errors.Count > 0);

        var content = output.Content;
        if (type == "checkbox")
        {
            content.AppendHtml(control);
            content.AppendHtml(LabelFor(id, label));
            AppendHint(content, id, hint);
            AppendErrors(content, id, errors, T["Error: "]);
            return;
        }

        content.AppendHtml(LabelFor(id, label));
        AppendHint(content, id, hint);
        AppendErrors(content, id, errors, T["Error: "]);
        content.AppendHtml(control);
        if (type == "markdown")
        {
            content.AppendHtml($"<p class=\"field__markdown\"><button type=\"submit\" name=\"preview\" value=\"{HtmlEncoder.Default.Encode(name)}\" formnovalidate class=\"button button--small button--secondary\">{HtmlEncoder.Default.Encode(T["Preview {0}", label.ToLowerInvariant()])}</button> <span class=\"muted\">{HtmlEncoder.Default.Encode(T["Markdown: **bold**, *italic*, [link](https://…), lines starting with - for lists. HTML is not allowed."])}</span></p>");
            if (Preview is not null)
            {
                content.AppendHtml($"<section class=\"preview\" aria-label=\"{HtmlEncoder.Default.Encode(T["Preview of {0}", label])}\"><p class=\"preview__label\">{HtmlEncoder.Default.Encode(T["Preview, as visitors will see it (not saved yet):"])}</p><div class=\"prose\">");
                content.AppendHtml(Preview);
                content.AppendHtml("</div></section>");
            }
        }
    }

    private void AddCommonAttributes(TagBuilder control, string type, string describedBy, bool invalid)
    {
        if (describedBy.Length > 0)
        {
            control.Attributes["aria-describedby"] = describedBy;
        }

        if (invalid)
        {
            control.Attributes["aria-invalid"] = "true";
        }

        var required = Required || (For.Metadata.IsRequired && For.Metadata.ModelType == typeof(string))
            || For.Metadata.ValidatorMetadata.OfType<ChosenAttribute>().Any();
        if (required && type != "checkbox")
        {
            control.Attributes["required"] = "required";
        }

        if (For.Metadata.ValidatorMetadata.OfType<StringLengthAttribute>().FirstOrDefault() is { } length && type is not ("select" or "checkbox" or "file"))
        {
            control.Attributes["maxlength"] = length.MaximumLength.ToString(CultureInfo.InvariantCulture);
        }

        if (Autocomplete is not null)
        {
            control.Attributes["autocomplete"] = Autocomplete;
        }

        if (Lang is not null)
        {
            control.Attributes["lang"] = Lang;
        }
    }

    private static TagBuilder Input(string name, string id, string type, string? value, string? accept)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = type;
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (type is not ("password" or "file"))
        {
            input.Attributes["value"] = value ?? "";
        }

        if (type == "file" && accept is not null)
        {
            input.Attributes["accept"] = accept;
        }

        if (type == "number")
        {
            input.Attributes["step"] = "any";
            input.Attributes["inputmode"] = "decimal";
        }

        return input;
    }

    private TagBuilder TextArea(string name, string id, string? value)
    {
        var textarea = new TagBuilder("textarea");
        textarea.Attributes["id"] = id;
        textarea.Attributes["name"] = name;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        // A leading newline would be eaten by the HTML parser; keep the value exact.
        textarea.InnerHtml.AppendHtml("\n");
        textarea.InnerHtml.Append(value ?? "");
        return textarea;
    }

    private TagBuilder Select(string name, string id, string? value)
    {
        var select = new TagBuilder("select");
        select.Attributes["id"] = id;
        select.Attributes["name"] = name;
        var items = Items?.ToList() ?? EnumItems(For.Metadata.UnderlyingOrModelType);
        if (Empty is not null)
        {
            select.InnerHtml.AppendHtml(Option("", T[Empty], string.IsNullOrEmpty(value)));
        }

        foreach (var group in items.GroupBy(i => i.Group?.Name))
        {
            if (group.Key is null)
            {
                foreach (var item in group)
                {
                    select.InnerHtml.AppendHtml(Option(item.Value, T[item.Text], item.Value == value));
                }

                continue;
            }

            var optgroup = new TagBuilder("optgroup");
            optgroup.Attributes["label"] = T[group.Key];
            foreach (var item in group)
            {
                optgroup.InnerHtml.AppendHtml(Option(item.Value, T[item.Text], item.Value == value));
            }

            select.InnerHtml.AppendHtml(optgroup);
        }

        return select;
    }

    private static TagBuilder Checkbox(string name, string id, bool isChecked)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["value"] = "true";
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        return input;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }

    private static TagBuilder LabelFor(string id, string text)
    {
        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(text);
        return label;
    }

    private static void AppendHint(TagHelperContent content, string id, string? hint)
    {
        if (hint is not null)
        {
            var p = new TagBuilder("p");
            p.Attributes["id"] = $"{id}-hint";
            p.AddCssClass("field__hint");
            p.InnerHtml.Append(hint);
            content.AppendHtml(p);
        }
    }

    private static void AppendErrors(TagHelperContent content, string id, List<string> errors, string prefix)
    {
        if (errors.Count > 0)
        {
            var p = new TagBuilder("p");
            p.Attributes["id"] = $"{id}-error";
            p.AddCssClass("field__error");
            p.InnerHtml.AppendHtml($"<span class=\"visually-hidden\">{HtmlEncoder.Default.Encode(prefix)}</span>");
            p.InnerHtml.Append(string.Join(" ", errors));
            content.AppendHtml(p);
        }
    }

    private static string InferType(Type type, string? dataType) => dataType switch
    {
        nameof(DataType.MultilineText) => "textarea",
        nameof(DataType.Url) => "url",
        nameof(DataType.EmailAddress) => "email",
        nameof(DataType.Password) => "password",
        _ when type == typeof(bool) => "checkbox",
        _ when type.IsEnum => "select",
        _ when type == typeof(DateOnly) => "date",
        _ when type == typeof(TimeOnly) => "time",
        _ when type == typeof(double) || type == typeof(int) => "number",
        _ when typeof(IFormFile).IsAssignableFrom(type) => "file",
        _ => "text",
    };

    private static List<SelectListItem> EnumItems(Type type) =>
        type.IsEnum ? Enum.GetNames(type).Select(n => new SelectListItem(n, n)).ToList() : [];

    private static string? FormatValue(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
