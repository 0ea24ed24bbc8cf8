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
/// Markdown that Markdig refuses (nested too deeply) is refused on save, and should some reach the
/// store anyway it is shown as plain text, never as an error page.
/// </summary>
public sealed class MarkdownRenderer(ILogger<MarkdownRenderer> logger)
{
    /// <summary>Why staff's Markdown cannot be saved.</summary>
    public const string TooDeeplyNested =
        "This text has quotes or lists nested too deeply inside each other to be shown. Remove some of the “>”, “-” or “1.” markers at the start of its lines.";

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

        HtmlString html;
        try
        {
            html = new HtmlString(sanitizer.Sanitize(ToHtml(markdown)));
        }
        catch (Exception e) when (IsUnrenderable(e))
        {
            logger.LogWarning(e, "Markdown of {Length} characters could not be rendered; shown as plain text", markdown.Length);
            html = new HtmlString($"<p>{System.Net.WebUtility.HtmlEncode(markdown)}</p>");
        }

        if (cache.Count >= MaxCachedEntries)
        {
            // Edits are rare; a full reset is simpler than LRU bookkeeping and bounds memory.
            cache.Clear();
        }

        cache[markdown] = html;
        return html;
    }

    /// <summary>Null when <paramref name="markdown"/> renders, otherwise the message for staff.</summary>
    public string? Problem(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        try
        {
            _ = ToHtml(markdown);
            _ = Markdig.Markdown.ToPlainText(markdown, pipeline);
            return null;
        }
        catch (Exception e) when (IsUnrenderable(e))
        {
            return TooDeeplyNested;
        }
    }

    /// <summary>Markdig throws ArgumentException past its nesting limit; deep recursion ends the same way.</summary>
    private static bool IsUnrenderable(Exception e) =>
        e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException;

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

        string text;
        try
        {
            text = Markdig.Markdown.ToPlainText(markdown, pipeline);
        }
        catch (Exception e) when (IsUnrenderable(e))
        {
            logger.LogWarning(e, "Markdown of {Length} characters could not be turned into plain text; used as it is", markdown.Length);
            text = markdown;
        }


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
