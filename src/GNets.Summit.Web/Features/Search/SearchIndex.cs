using System.Data.Common;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Features.Search;

/// <summary>What a result is; the order here is the order of the groups on the results page.</summary>
public enum SearchKind { Meeting, Session, City, Person, Communique, News, Page }

/// <summary>One indexed public page (or communiqué section): where it is, its title and its plain text.</summary>
/// <summary>One indexed page; <see cref="TitleLang"/> is "en" when a Japanese document's title is the English (not translated yet).</summary>
public sealed record SearchDocument(SearchKind Kind, string Url, string Title, string Body, string? TitleLang = null);

/// <summary>A matching row, best first.</summary>
public sealed record SearchRow(SearchKind Kind, string Url, string Title, string Body, string? TitleLang = null);

/// <summary>
/// The FTS5 tables search_index (English, created by the SearchIndex migration, outside EF's model) and
/// search_index_ja (Japanese, made the same way at the first build, see <see cref="WriteAsync"/>). They hold a
/// few hundred rows each, so they are rebuilt whole rather than per record: before a search, when the content
/// generation (<see cref="ContentGeneration"/>, advanced by every committed save of public content,
/// whoever saved it) differs from the one it was built for. That keeps it current without touching any
/// editor or the importer, and costs one rebuild (tens of milliseconds) on the first search after a save.
/// It is also rebuilt at start, so a store edited while the site was down is never searched stale.
/// </summary>
public sealed class SearchIndex(ContentGeneration generation, IServiceScopeFactory scopes, MarkdownRenderer markdown) : IDisposable
{
    private const int MaxRows = 200;
    private readonly SemaphoreSlim gate = new(1, 1);
    private long builtFor = -1;

    // A PostgreSQL store's index: a shared-cache in-memory SQLite database that lives while this connection is open.
    private readonly string memoryConnectionString = $"Data Source=gnets-search-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private Microsoft.Data.Sqlite.SqliteConnection? memory;

    public void Dispose()
    {
        gate.Dispose();
        memory?.Dispose();
    }

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
        await using var lease = await OpenAsync(db, ct);
        await using var command = lease.Connection.CreateCommand();

        var table = TableOf(SiteLanguages.Current);
        var conditions = new List<string>();
        if (terms.Indexed.Count > 0)
        {
            conditions.Add($"{table} MATCH $match");
            Add(command, "$match", SearchTerms.MatchExpression(terms.Indexed));
        }

        for (var i = 0; i < terms.Scanned.Count; i++)
        {
            conditions.Add($"(title LIKE $like{i} ESCAPE '\\' OR body LIKE $like{i} ESCAPE '\\')");
            Add(command, $"$like{i}", "%" + SearchTerms.EscapeLike(terms.Scanned[i]) + "%");
        }

        // Title matches weigh ten times body matches; without MATCH there is no rank, so titles first.
        var order = terms.Indexed.Count > 0 ? $"bm25({table}, 0.0, 0.0, 10.0, 1.0)" : "title";
        var titleLang = SiteLanguages.IsJapanese ? "title_lang" : "NULL";
        command.CommandText = $"SELECT kind, url, title, body, {titleLang} FROM {table} WHERE {string.Join(" AND ", conditions)} ORDER BY {order} LIMIT {MaxRows}";

        var rows = new List<SearchRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new((SearchKind)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>The index table of a language: English in the one the migration made, Japanese in its twin made at the first build.</summary>
    internal static string TableOf(SiteLanguage language) => language == SiteLanguage.Ja ? "search_index_ja" : "search_index";

    /// <summary>
    /// Every indexed page in both languages, from one read of the store: each Japanese document has the
    /// Japanese texts (the English where there is none yet) and its link under /ja.
    /// </summary>
    private async Task<Dictionary<SiteLanguage, List<SearchDocument>>> CollectAsync(SummitDbContext db, CancellationToken ct)
    {
        string Plain(string? text) => markdown.ToPlainText(text, int.MaxValue);
        static string Join(params IEnumerable<string?> parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        static string Pick(string? english, string? japanese) => Localized.Pick(english ?? "", japanese).Text;
        static string? LangOf(string? english, string? japanese) => Localized.Pick(english ?? "", japanese).Lang;
        static string Counted(string text, int cities, int continents) => Display.ExpandCounts(text, cities, continents);

        var events = await db.Events.AsNoTracking()
            .Select(e => new
            {
                e.Slug, e.IsFeatured, e.Title, e.TitleJa, e.Theme, e.ThemeJa, e.Summary, e.SummaryJa, e.IntroMarkdown, e.IntroMarkdownJa,
                e.VenueName, e.VenueNameJa, e.Host, e.HostJa, e.Kind,
                // The summary and intro say "{{city_count}} cities": the index holds the numbers, as the pages do.
                CityCount = e.Participations.Select(p => p.CityId).Distinct().Count(),
                ContinentCount = e.Participations.Select(p => p.City.Continent).Distinct().Count(),
            })
            .ToListAsync(ct);
        var speakers = (await db.ProgramItemPeople.AsNoTracking()
                .OrderBy(p => p.SortOrder)
                .Select(p => new { p.ProgramItemId, p.Person.Honorific, p.Person.HonorificJa, p.Person.GivenName, p.Person.FamilyName, p.Person.NameOrder, p.Person.NameJa })
                .ToListAsync(ct))
            .ToLookup(p => p.ProgramItemId, p => new Func<string>(() => PersonName.Localize(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NameJa, p.HonorificJa).Text));
        var itemCities = (await db.ProgramItemCities.AsNoTracking()
                .OrderBy(c => c.SortOrder).Select(c => new { c.ProgramItemId, c.City.Name, c.City.NameJa }).ToListAsync(ct))
            .ToLookup(c => c.ProgramItemId, c => new Func<string>(() => Pick(c.Name, c.NameJa)));
        var items = await db.ProgramItems.AsNoTracking()
            .Select(i => new
            {
                i.Id, EventSlug = i.Event.Slug, i.Slug, i.Title, i.TitleJa, i.Note, i.NoteJa, i.DescriptionMarkdown, i.DescriptionMarkdownJa,
                Theme = i.Theme == null ? null : i.Theme.Name, ThemeJa = i.Theme == null ? null : i.Theme.NameJa,
            })
            .ToListAsync(ct);
        var cities = await db.Cities.AsNoTracking().Select(c => new { c.Slug, c.Name, c.NameJa, c.Country, c.CountryJa }).ToListAsync(ct);
        var people = await db.People.AsNoTracking()
            .Select(p => new
            {
                p.Slug, p.Honorific, p.HonorificJa, p.GivenName, p.FamilyName, p.NameOrder, p.NameJa, p.Position, p.PositionJa,
                p.Organisation, p.OrganisationJa, p.BioMarkdown, p.BioMarkdownJa,
            })
            .ToListAsync(ct);
        var sections = await db.CommuniqueSections.AsNoTracking()
            .Where(s => s.Communique.IsPublished)
            .Select(s => new
            {
                EventSlug = s.Communique.Event.Slug, s.Slug, s.Heading, s.HeadingJa, Communique = s.Communique.Title, CommuniqueJa = s.Communique.TitleJa,
                s.BodyMarkdown, s.BodyMarkdownJa,
            })
            .ToListAsync(ct);
        var pages = await db.Pages.AsNoTracking()
            .Select(p => new { p.Slug, p.Title, p.TitleJa, p.Summary, p.SummaryJa, p.BodyMarkdown, p.BodyMarkdownJa })
            .ToListAsync(ct);
        var news = await db.NewsPosts.AsNoTracking()
            .Where(p => p.IsPublished)
            .Select(p => new { p.Slug, p.Title, p.TitleJa, p.Summary, p.SummaryJa, p.BodyMarkdown, p.BodyMarkdownJa })
            .ToListAsync(ct);

        // Each language's documents are made as if serving it: Localized.Pick and SiteUrls read the language from there.
        return SiteLanguages.All.ToDictionary(language => language, language => SiteLanguages.In(language, () =>
        {
            var docs = new List<SearchDocument>();
            docs.AddRange(events.Select(e => new SearchDocument(SearchKind.Meeting, SiteUrls.Event(e.Slug), Pick(e.Title, e.TitleJa),
                Join(Pick(e.Theme, e.ThemeJa), Counted(Pick(e.Summary, e.SummaryJa), e.CityCount, e.ContinentCount),
                    Counted(Plain(Pick(e.IntroMarkdown, e.IntroMarkdownJa)), e.CityCount, e.ContinentCount), Pick(e.VenueName, e.VenueNameJa), Pick(e.Host, e.HostJa),
                    MeetingWords(e.Kind, language)),
                LangOf(e.Title, e.TitleJa))));
            docs.AddRange(items.Select(i => new SearchDocument(SearchKind.Session, SiteUrls.ProgramItem(i.EventSlug, i.Slug), Pick(i.Title, i.TitleJa),
                Join([Pick(i.Theme, i.ThemeJa), Plain(Pick(i.DescriptionMarkdown, i.DescriptionMarkdownJa)), Pick(i.Note, i.NoteJa),
                    .. speakers[i.Id].Select(name => name()), .. itemCities[i.Id].Select(name => name())]),
                LangOf(i.Title, i.TitleJa))));
            docs.AddRange(cities.Select(c => new SearchDocument(SearchKind.City, SiteUrls.City(c.Slug), Pick(c.Name, c.NameJa),
                // A Japanese document also holds the English name, so "Tokyo" finds 東京 on a Japanese page too.
                Join(Pick(c.Country, c.CountryJa), language == SiteLanguage.Ja && c.NameJa is not null ? c.Name : null), LangOf(c.Name, c.NameJa))));
            docs.AddRange(people.Select(p => new SearchDocument(SearchKind.Person, SiteUrls.Person(p.Slug),
                PersonName.Localize(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NameJa, p.HonorificJa).Text,
                Join(Pick(p.Position, p.PositionJa), Pick(p.Organisation, p.OrganisationJa), Plain(Pick(p.BioMarkdown, p.BioMarkdownJa)),
                    language == SiteLanguage.Ja && p.NameJa is not null ? PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder) : null),
                PersonName.Localize(p.Honorific, p.GivenName, p.FamilyName, p.NameOrder, p.NameJa, p.HonorificJa).Lang)));
            docs.AddRange(sections.Select(s => new SearchDocument(SearchKind.Communique, SiteUrls.CommuniqueSection(s.EventSlug, s.Slug),
                language == SiteLanguage.Ja ? $"{Pick(s.Communique, s.CommuniqueJa)}：{Pick(s.Heading, s.HeadingJa)}" : $"{s.Communique}: {s.Heading}",
                Plain(Pick(s.BodyMarkdown, s.BodyMarkdownJa)), LangOf(s.Heading, s.HeadingJa))));
            docs.AddRange(pages.Select(p => new SearchDocument(SearchKind.Page, SiteUrls.Page(p.Slug), Pick(p.Title, p.TitleJa),
                Join(Pick(p.Summary, p.SummaryJa), Plain(Pick(p.BodyMarkdown, p.BodyMarkdownJa).Replace("{{contact}}", "", StringComparison.Ordinal))),
                LangOf(p.Title, p.TitleJa))));
            docs.AddRange(news.Select(p => new SearchDocument(SearchKind.News, SiteUrls.NewsPost(p.Slug), Pick(p.Title, p.TitleJa),
                Join(Pick(p.Summary, p.SummaryJa), Plain(Pick(p.BodyMarkdown, p.BodyMarkdownJa))), LangOf(p.Title, p.TitleJa))));
            return docs;
        }));
    }

    /// <summary>
    /// The words a meeting is found by for its kind and level, which its title may not hold ("senior officials",
    /// "working level"). Japanese: the host's names of the three levels (首長級会議, 実務責任者級会議, 実務担当者級);
    /// no Japanese name of the kinds themselves was found, so none is made up here.
    /// </summary>
    internal static string MeetingWords(Data.Entities.EventKind kind, SiteLanguage language)
    {
        var level = Data.Entities.EventLevels.Of(kind);
        if (language == SiteLanguage.Ja)
        {
            return level switch
            {
                Data.Entities.EventLevel.Leaders => "首長級会議",
                Data.Entities.EventLevel.SeniorOfficials => "実務責任者級会議",
                _ => "実務担当者級",
            };
        }

        var kindWords = kind switch
        {
            Data.Entities.EventKind.LeadersSummit => "Leaders Summit",
            Data.Entities.EventKind.SeniorOfficialsMeeting => "Senior Officials Meeting",
            Data.Entities.EventKind.WorkingGroupMeeting => "Working Group Meeting",
            _ => "Site visit",
        };
        var levelWords = level switch
        {
            Data.Entities.EventLevel.Leaders => "leaders' level",
            Data.Entities.EventLevel.SeniorOfficials => "senior officials' level",
            _ => "working level",
        };
        return $"{kindWords} · {levelWords}";
    }

    private async Task WriteAsync(SummitDbContext db, Dictionary<SiteLanguage, List<SearchDocument>> documents, CancellationToken ct)
    {
        await using var lease = await OpenAsync(db, ct);
        var connection = lease.Connection;
        var ownIndex = lease.Owned;
        // One transaction: a search running meanwhile sees the old index or the new one, never half.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var (language, docs) in documents)
        {
            var table = TableOf(language);
            await using (var clear = connection.CreateCommand())
            {
                clear.Transaction = transaction;
                // The Japanese twin is not in the migrations (EF does not model FTS5 tables): made here, the same shape as search_index.
                // It also says which titles are still the English (title_lang "en"), so the results page can mark them;
                // made anew each time, so its shape is always this one.
                clear.CommandText = language == SiteLanguage.Ja
                    ? $"DROP TABLE IF EXISTS {table}; CREATE VIRTUAL TABLE {table} USING fts5(kind UNINDEXED, url UNINDEXED, title, body, title_lang UNINDEXED, tokenize='trigram');"
                    : ownIndex
                        // The index of a PostgreSQL store has no migration behind it: made here, as the SearchIndex migration makes it.
                        ? $"DROP TABLE IF EXISTS {table}; CREATE VIRTUAL TABLE {table} USING fts5(kind UNINDEXED, url UNINDEXED, title, body, tokenize='trigram');"
                        : $"DELETE FROM {table};";
                await clear.ExecuteNonQueryAsync(ct);
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = language == SiteLanguage.Ja
                ? $"INSERT INTO {table} (kind, url, title, body, title_lang) VALUES ($kind, $url, $title, $body, $lang)"
                : $"INSERT INTO {table} (kind, url, title, body) VALUES ($kind, $url, $title, $body)";
            foreach (var doc in docs)
            {
                insert.Parameters.Clear();
                Add(insert, "$kind", (int)doc.Kind);
                Add(insert, "$url", doc.Url);
                Add(insert, "$title", doc.Title);
                Add(insert, "$body", doc.Body);
                if (language == SiteLanguage.Ja)
                {
                    Add(insert, "$lang", (object?)doc.TitleLang ?? DBNull.Value);
                }

                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The connection holding the index. On SQLite it is the store's own (the index is a table of the store).
    /// On PostgreSQL it is an in-memory SQLite database of this process: the index is derived data, rebuilt
    /// from the store whenever the (shared) content generation moves, so each instance keeps its own copy
    /// and the search is the same on both engines.
    /// </summary>
    private async Task<IndexLease> OpenAsync(SummitDbContext db, CancellationToken ct)
    {
        if (db.IsSqlite())
        {
            var own = db.Database.GetDbConnection();
            await own.OpenAsync(ct);
            return new IndexLease(own, Owned: false);
        }

        if (Volatile.Read(ref memory) is null)
        {
            var keepAlive = new Microsoft.Data.Sqlite.SqliteConnection(memoryConnectionString);
            await keepAlive.OpenAsync(ct);
            if (Interlocked.CompareExchange(ref memory, keepAlive, null) is not null)
            {
                await keepAlive.DisposeAsync();
            }
        }

        var connection = new Microsoft.Data.Sqlite.SqliteConnection(memoryConnectionString);
        await connection.OpenAsync(ct);
        return new IndexLease(connection, Owned: true);
    }

    private sealed record IndexLease(DbConnection Connection, bool Owned) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Owned ? Connection.DisposeAsync() : ValueTask.CompletedTask;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
