using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Search;

/// <summary>A result; <see cref="TitleLang"/> marks a title still in English on a Japanese page.</summary>
public sealed record SearchHit(string Url, IHtmlContent Title, IHtmlContent Snippet, string? TitleLang = null);

public sealed record SearchGroup(string Id, string Heading, IReadOnlyList<SearchHit> Hits);

/// <summary>The results page; <see cref="Message"/> instead of results when there is nothing to search or nothing found.</summary>
public sealed record SearchPage(string Query, string? Message, IReadOnlyList<SearchGroup> Groups, PageMeta Meta) : IHasPageMeta;

/// <summary>
/// /search?q=: not output-cached (every query is different, and the index is quicker than a cache
/// lookup would save), and noindex, since result pages are not content of their own.
/// </summary>
[JapaneseEdition]
public sealed class SearchController(SearchIndex index, IStringLocalizer<Resources.SharedResource> t) : Controller
{
    /// <summary>Longer queries are refused with 400 and a message rather than searched.</summary>
    public const int MaxQueryLength = 200;
    private const int SnippetLength = 200;

    /// <summary>The groups' headings, in English (the keys of their translations).</summary>
    private static readonly Dictionary<SearchKind, string> Headings = new()
    {
        [SearchKind.Meeting] = "Meetings",
        [SearchKind.Session] = "Sessions",
        [SearchKind.City] = "Cities",
        [SearchKind.Person] = "People",
        [SearchKind.Communique] = "Communiqué",
        [SearchKind.News] = "News",
        [SearchKind.Page] = "Pages",
    };

    [HttpGet(SiteUrls.Routes.Search)]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Page("", t["That search is too long. Try a few words (at most {0} characters).", MaxQueryLength], []));
        }

        var terms = SearchTerms.Parse(query);
        if (terms.All.Count == 0)
        {
            return View(Page(query, t["Type a word to search meetings, sessions, cities, people and the communiqué."], []));
        }

        var rows = await index.FindAsync(terms, ct);
        var groups = rows.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => new SearchGroup($"results-{g.Key.ToString().ToLowerInvariant()}", t[Headings[g.Key]],
                [.. g.Select(r => new SearchHit(SiteUrls.InLanguage(r.Url, SiteLanguages.Current), terms.Highlight(r.Title), terms.Highlight(r.Body, SnippetLength), r.TitleLang))]))
            .ToList();
        return View(Page(query, groups.Count == 0 ? t["No results. Try another word, or fewer words."].Value : null, groups));
    }

    private SearchPage Page(string query, string? message, IReadOnlyList<SearchGroup> groups) =>
        new(query, message, groups, new PageMeta(t["Search"], t["Search the G-NETS meetings, sessions, cities, people and communiqués."], SiteUrls.Search())
        {
            Section = "search",
            Breadcrumbs = [new(t["Home"], SiteUrls.Home)],
            NoIndex = true,
        });
}
