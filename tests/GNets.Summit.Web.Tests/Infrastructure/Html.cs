using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GNets.Summit.Web.Tests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>GETs a page, asserts the status, and parses it.</summary>
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}. Body starts: {body[..Math.Min(body.Length, 400)]}");
        return Parse(body);
    }

    /// <summary>Whitespace-normalised text of an element.</summary>
    public static string TextOf(this IElement element) => Normalise(element.TextContent);

    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Texts(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(e => e.TextOf()).ToList();

    /// <summary>The section headed by the element with this id (via aria-labelledby).</summary>
    public static IElement Section(this IDocument document, string headingId) =>
        document.QuerySelector($"[aria-labelledby='{headingId}']")
        ?? throw new Xunit.Sdk.XunitException($"No section labelled by #{headingId}");
}
