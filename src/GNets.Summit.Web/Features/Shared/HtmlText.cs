using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// Translated sentences with HTML (links, marked fallbacks) in their placeholders: the words of the
/// sentence come from the resource file and are encoded; the parts are written as they are. Each
/// language puts the parts where its grammar wants them (「{0}を代表」, "Represented {0}").
/// </summary>
public static partial class HtmlText
{
    /// <summary><c>@T["At {0}"].With(HtmlText.Link(url, title))</c>.</summary>
    public static IHtmlContent With(this LocalizedString format, params object?[] parts)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match m in Placeholder().Matches(format.Value))
        {
            html.Append(format.Value[at..m.Index]);
            var index = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            switch (index < parts.Length ? parts[index] : null)
            {
                case IHtmlContent content:
                    html.AppendHtml(content);
                    break;
                case { } other:
                    html.Append(other.ToString());
                    break;
            }

            at = m.Index + m.Length;
        }

        html.Append(format.Value[at..]);
        return html;
    }

    /// <summary>A link whose text may be a marked fallback (<see cref="Infrastructure.Localized"/>) or plain text.</summary>
    public static IHtmlContent Link(string url, object text)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<a href=\"").Append(url).AppendHtml("\">");
        if (text is IHtmlContent content)
        {
            html.AppendHtml(content);
        }
        else
        {
            html.Append(text.ToString());
        }

        return html.AppendHtml("</a>");
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
