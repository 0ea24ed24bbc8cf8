using System.Text.Encodings.Web;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>Translated sentences with links in them: the sentence's words are text, the parts are HTML made by the site.</summary>
public sealed class HtmlTextTests
{
    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void The_words_of_a_translation_are_encoded_and_its_parts_written_where_the_language_puts_them()
    {
        var sentence = new LocalizedString("Represented {0} at {1}", "{1}に<{0}>の代表 & {0}");

        var html = Html(sentence.With(HtmlText.Link("/ja/cities/tokyo", "東京都"), "a<b"));

        Assert.Equal("a&lt;bに&lt;<a href=\"/ja/cities/tokyo\">東京都</a>&gt;の代表 &amp; <a href=\"/ja/cities/tokyo\">東京都</a>", Decoded(html));
    }

    [Fact]
    public void A_fallback_part_keeps_its_language_mark_inside_the_sentence()
    {
        var html = Html(new LocalizedString("Who represented {0}", "{0}の代表者").With(new Localized("Rome", IsFallback: true)));

        Assert.StartsWith("<span lang=\"en\">Rome</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_encodes_its_address_and_text()
    {
        var html = Html(HtmlText.Link("/search?q=\"x\"&y", "<b>"));

        Assert.Equal("<a href=\"/search?q=&quot;x&quot;&amp;y\">&lt;b&gt;</a>", html);
    }

    /// <summary>HtmlEncoder.Default also escapes non-ASCII as character references; compare what a browser reads, keeping markup.</summary>
    private static string Decoded(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "&#x([0-9A-F]+);", m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16)));
}
