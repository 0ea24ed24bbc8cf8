using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GNets.Summit.Web.Infrastructure;

public static partial class Slugs
{
    /// <summary>"São Paulo" → "sao-paulo"; "Tel Aviv-Yafo" → "tel-aviv-yafo".</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var ascii = builder.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant()
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal);
        var slug = NotSlug().Replace(ascii, "-").Trim('-');
        return slug.Length > 80 ? slug[..80].Trim('-') : slug;
    }

    public static bool IsValid(string? slug) => slug is not null && slug.Length <= 100 && IsWellFormed(slug);

    /// <summary>Lowercase letters and digits in runs joined by single hyphens: the one slug grammar of the site and of content/.</summary>
    public static bool IsWellFormed(string slug) => Pattern().IsMatch(slug);

    /// <summary>The slug typed, or one made from the name when the field was left empty.</summary>
    public static string Choose(string? typed, string name) =>
        string.IsNullOrWhiteSpace(typed) ? From(name) : typed.Trim().ToLowerInvariant();

    public const string Hint = "Lowercase letters, digits and hyphens; part of the page's address. Leave empty to make one from the name. Changing it keeps the old address working (it redirects).";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
