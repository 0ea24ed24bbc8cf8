using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// The one Markdown pipeline of the site: public pages and the admin preview both render through it.
/// Raw HTML is disabled in Markdig and the output is sanitised as well, so a &lt;script&gt; typed into
/// any field reaches visitors as text at most. Results are cached: sanitising is the costly part.
/// </summary>
public sealed class MarkdownRenderer
{
    private const int MaxCachedEntries = 2048;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();
    private readonly ConcurrentDictionary<string, HtmlString> cache = new(StringComparer.Ordinal);

    public HtmlString Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        if (cache.TryGetValue(markdown, out var cached))
        {
            return cached;
        }

        var html = new HtmlString(sanitizer.Sanitize(ToHtml(markdown)));
        if (cache.Count >= MaxCachedEntries)
        {
            // Edits are rare; a full reset is simpler than LRU bookkeeping and bounds memory.
            cache.Clear();
        }

        cache[markdown] = html;
        return html;
    }

    /// <summary>The page has its own h1: a "# Heading" in Markdown becomes h2, "##" h3, and so on.</summary>
    private string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var heading in document.Descendants<Markdig.Syntax.HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Plain text for meta descriptions: Markdown rendered, then tags dropped.</summary>
    public string ToPlainText(string? markdown, int maxLength = 160)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = Markdig.Markdown.ToPlainText(markdown, pipeline);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Truncate(text, maxLength);
    }

    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "strong", "em", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
                "ul", "ol", "li", "dl", "dt", "dd", "a", "h2", "h3", "h4", "h5", "h6",
                "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        return new HtmlSanitizer(options);
    }
}

/// <summary>Renders Markdown from the store: <c>&lt;markdown source="@Model.Body" /&gt;</c>.</summary>
[HtmlTargetElement("markdown", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkdownTagHelper(MarkdownRenderer renderer) : TagHelper
{
    public string? Source { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(renderer.Render(Source));
    }
}
