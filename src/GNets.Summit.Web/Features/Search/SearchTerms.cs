using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace GNets.Summit.Web.Features.Search;

/// <summary>
/// A visitor's query as plain words: control characters and double quotes (a phrase to the visitor,
/// rarely in the text) become spaces, words are split on white space,
/// and nothing in them is syntax. <see cref="Indexed"/> words (three characters or more) are looked up in
/// the trigram index; <see cref="Scanned"/> ones ("東京", "UN") with LIKE.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Indexed, IReadOnlyList<string> Scanned)
{
    public const int MinIndexedLength = 3;
    private const int MaxTerms = 12;

    public IReadOnlyList<string> All => [.. Indexed, .. Scanned];

    public static SearchTerms Parse(string? query)
    {
        var cleaned = new string((query ?? "").Select(c => char.IsControl(c) || c == '"' ? ' ' : c).ToArray());
        var words = cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        return new([.. words.Where(w => w.Length >= MinIndexedLength)], [.. words.Where(w => w.Length < MinIndexedLength)]);
    }

    /// <summary>Every word as an FTS5 string (a double quote doubled inside), all of them required.</summary>
    public static string MatchExpression(IEnumerable<string> words) =>
        string.Join(" AND ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>A word for LIKE … ESCAPE '\': its own % and _ match only themselves.</summary>
    public static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> HTML-encoded with every occurrence of a word in &lt;mark&gt;; when
    /// <paramref name="window"/> is set, cut to about that many characters around the first match.
    /// </summary>
    public IHtmlContent Highlight(string text, int window = 0)
    {
        var words = All.OrderByDescending(w => w.Length).ToList();
        var start = 0;
        var end = text.Length;
        if (window > 0 && text.Length > window)
        {
            var first = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
            start = Math.Max(0, first - window / 3);
            if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < first)
            {
                start = space + 1;
            }

            end = Math.Min(text.Length, start + window);
            if (end < text.Length && text.LastIndexOf(' ', end - 1, end - start) is var last and > 0 && last > first)
            {
                end = last;
            }
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var plainFrom = start;
        for (var i = start; i < end;)
        {
            var word = words.FirstOrDefault(w => i + w.Length <= end && string.Compare(text, i, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (word is null)
            {
                i++;
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(text[plainFrom..i]))
                .Append("<mark>").Append(HtmlEncoder.Default.Encode(text.Substring(i, word.Length))).Append("</mark>");
            i += word.Length;
            plainFrom = i;
        }

        html.Append(HtmlEncoder.Default.Encode(text[plainFrom..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return new HtmlString(html.ToString());
    }
}
