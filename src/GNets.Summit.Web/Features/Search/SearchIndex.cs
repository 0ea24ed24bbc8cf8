using System.Data.Common;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Search;

/// <summary>What a result is; the order here is the order of the groups on the results page.</summary>
public enum SearchKind { Meeting, Session, City, Person, Communique, Page }

/// <summary>One indexed public page (or communiqué section): where it is, its title and its plain text.</summary>
public sealed record SearchDocument(SearchKind Kind, string Url, string Title, string Body);

/// <summary>A matching row, best first.</summary>
public sealed record SearchRow(SearchKind Kind, string Url, string Title, string Body);

/// <summary>
/// The FTS5 table search_index (created by the SearchIndex migration, outside EF's model). It holds a
/// few hundred rows, so it is rebuilt whole rather than per record: before a search, when the content
/// generation (<see cref="ContentGeneration"/>, advanced by every committed save of public content,
/// whoever saved it) differs from the one it was built for. That keeps it current without touching any
/// editor or the importer, and costs one rebuild (tens of milliseconds) on the first search after a save.
/// It is also rebuilt at start, so a store edited while the site was down is never searched stale.
/// </summary>
public sealed class SearchIndex(ContentGeneration generation, IServiceScopeFactory scopes, MarkdownRenderer markdown) : IDisposable
{
    private const int MaxRows = 60;
    private readonly SemaphoreSlim gate = new(1, 1);
    private long builtFor = -1;

    public void Dispose() => gate.Dispose();

    public async Task EnsureCurrentAsync(CancellationToken ct)
    {
        if (Interlocked.Read(ref builtFor) == generation.Current)
        {
            return;
        }

        await gate.WaitAsync(ct);
        try
        {
            // Read before the rows: a save committed after this is seen by the next search again.
            var wanted = generation.Current;
            if (Interlocked.Read(ref builtFor) == wanted)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            await WriteAsync(db, await CollectAsync(db, ct), ct);
            Interlocked.Exchange(ref builtFor, wanted);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Rows matching every term. Terms of three characters or more go to FTS5 MATCH, each quoted (so
    /// AND, NEAR, *, -, : and parentheses are plain text); shorter ones, which a trigram index cannot
    /// look up, are LIKE conditions with their wildcards escaped. User text is only ever a parameter.
    /// </summary>
    public async Task<IReadOnlyList<SearchRow>> FindAsync(SearchTerms terms, CancellationToken ct)
    {
        if (terms.All.Count == 0)
        {
            return [];
        }

        await EnsureCurrentAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        var conditions = new List<string>();
        if (terms.Indexed.Count > 0)
        {
            conditions.Add("search_index MATCH $match");
            Add(command, "$match", SearchTerms.MatchExpression(terms.Indexed));
        }

        for (var i = 0; i < terms.Scanned.Count; i++)
        {
            conditions.Add($"(title LIKE $like{i} ESCAPE '\\' OR body LIKE $like{i} ESCAPE '\\')");
            Add(command, $"$like{i}", "%" + SearchTerms.EscapeLike(terms.Scanned[i]) + "%");
        }

        // Title matches weigh ten times body matches; without MATCH there is no rank, so titles first.
        var order = terms.Indexed.Count > 0 ? "bm25(search_index, 0.0, 0.0, 10.0, 1.0)" : "title";
        command.CommandText = $"SELECT kind, url, title, body FROM search_index WHERE {string.Join(" AND ", conditions)} ORDER BY {order} LIMIT {MaxRows}";

        var rows = new List<SearchRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new((SearchKind)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private async Task<List<SearchDocument>> CollectAsync(SummitDbContext db, CancellationToken ct)
    {
        var docs = new List<SearchDocument>();
        string Plain(string? text) => markdown.ToPlainText(text, int.MaxValue);
        static string Join(params IEnumerable<string?> parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

        var events = await db.Events.AsNoTracking()
            .Select(e => new { e.Slug, e.IsFeatured, e.Title, e.Theme, e.Summary, e.IntroMarkdown, e.VenueName, e.Host })
            .ToListAsync(ct);
        docs.AddRange(events.Select(e => new SearchDocument(SearchKind.Meeting, SiteUrls.Event(e.Slug, e.IsFeatured), e.Title,
            Join(e.Theme, e.Summary, Plain(e.IntroMarkdown), e.VenueName, e.Host))));

        var speakers = (await db.ProgramItemPeople.AsNoTracking()
                .OrderBy(p => p.SortOrder)
                .Select(p => new { p.ProgramItemId, p.Person.Honorific, p.Person.GivenName, p.Person.FamilyName, p.Person.NameOrder })
                .ToListAsync(ct))
            .ToLookup(p => p.ProgramItemId, p => PersonName.WithHonorific(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder));
        var itemCities = (await db.ProgramItemCities.AsNoTracking()
                .OrderBy(c => c.SortOrder).Select(c => new { c.ProgramItemId, c.City.Name }).ToListAsync(ct))
            .ToLookup(c => c.ProgramItemId, c => c.Name);
        var items = await db.ProgramItems.AsNoTracking()
            .Select(i => new { i.Id, EventSlug = i.Event.Slug, i.Slug, i.Title, i.Note, i.DescriptionMarkdown, Theme = i.Theme == null ? null : i.Theme.Name })
            .ToListAsync(ct);
        docs.AddRange(items.Select(i => new SearchDocument(SearchKind.Session, SiteUrls.ProgramItem(i.EventSlug, i.Slug), i.Title,
            Join([i.Theme, Plain(i.DescriptionMarkdown), i.Note, .. speakers[i.Id], .. itemCities[i.Id]]))));

        var cities = await db.Cities.AsNoTracking().Select(c => new { c.Slug, c.Name, c.Country }).ToListAsync(ct);
        docs.AddRange(cities.Select(c => new SearchDocument(SearchKind.City, SiteUrls.City(c.Slug), c.Name, c.Country)));

        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Slug, p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.Position, p.Organisation, p.BioMarkdown })
            .ToListAsync(ct);
        docs.AddRange(people.Select(p => new SearchDocument(SearchKind.Person, SiteUrls.Person(p.Slug),
            PersonName.WithHonorific(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder),
            Join(p.Position, p.Organisation, Plain(p.BioMarkdown)))));

        var sections = await db.CommuniqueSections.AsNoTracking()
            .Where(s => s.Communique.IsPublished)
            .Select(s => new { EventSlug = s.Communique.Event.Slug, s.Slug, s.Heading, Communique = s.Communique.Title, s.BodyMarkdown })
            .ToListAsync(ct);
        docs.AddRange(sections.Select(s => new SearchDocument(SearchKind.Communique, SiteUrls.CommuniqueSection(s.EventSlug, s.Slug),
            $"{s.Communique}: {s.Heading}", Plain(s.BodyMarkdown))));

        var pages = await db.Pages.AsNoTracking().Select(p => new { p.Slug, p.Title, p.Summary, p.BodyMarkdown }).ToListAsync(ct);
        docs.AddRange(pages.Select(p => new SearchDocument(SearchKind.Page, SiteUrls.Page(p.Slug), p.Title,
            Join(p.Summary, Plain(p.BodyMarkdown.Replace("{{contact}}", "", StringComparison.Ordinal))))));
        return docs;
    }

    private static async Task WriteAsync(SummitDbContext db, List<SearchDocument> docs, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        // One transaction: a search running meanwhile sees the old index or the new one, never half.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM search_index";
            await clear.ExecuteNonQueryAsync(ct);
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO search_index (kind, url, title, body) VALUES ($kind, $url, $title, $body)";
        foreach (var doc in docs)
        {
            insert.Parameters.Clear();
            Add(insert, "$kind", (int)doc.Kind);
            Add(insert, "$url", doc.Url);
            Add(insert, "$title", doc.Title);
            Add(insert, "$body", doc.Body);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
