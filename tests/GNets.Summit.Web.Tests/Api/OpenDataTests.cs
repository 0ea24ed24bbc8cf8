using System.Net;
using System.Text;
using System.Text.Json;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Api;

/// <summary>The open data under /api/v1: the seeded facts, as the OpenAPI document describes them, cached and open to any origin.</summary>
public sealed class OpenDataTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Summit = "leaders-summit-2023";

    /// <summary>Every JSON endpoint with an example address, and the template the OpenAPI document names it by.</summary>
    public static TheoryData<string, string> JsonEndpoints => new()
    {
        { SiteUrls.Routes.ApiEvents, SiteUrls.ApiEvents },
        { SiteUrls.Routes.ApiEvent, SiteUrls.ApiEvent(Summit) },
        { SiteUrls.Routes.ApiProgram, SiteUrls.ApiProgram(Summit) },
        { SiteUrls.Routes.ApiParticipations, SiteUrls.ApiParticipations(Summit) },
        { SiteUrls.Routes.ApiCommunique, SiteUrls.ApiCommunique(Summit) },
        { SiteUrls.Routes.ApiParticipationKinds, SiteUrls.ApiParticipationKinds },
        { SiteUrls.Routes.ApiCities, SiteUrls.ApiCities },
        { SiteUrls.Routes.ApiCity, SiteUrls.ApiCity("rome") },
        { SiteUrls.Routes.ApiPeople, SiteUrls.ApiPeople },
        { SiteUrls.Routes.ApiPerson, SiteUrls.ApiPerson("koike-yuriko") },
    };

    [Fact]
    public async Task The_events_list_the_2023_summit_with_its_34_cities_and_its_page()
    {
        var events = await GetJsonAsync(SiteUrls.ApiEvents);

        var summit = events.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Summit);
        Assert.Equal(34, summit.GetProperty("cityCount").GetInt32());
        Assert.Equal("2023-02-27", summit.GetProperty("startDate").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + "/events/leaders-summit-2023", summit.GetProperty("url").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + SiteUrls.ApiEvent(Summit), summit.GetProperty("apiUrl").GetString());
    }

    [Fact]
    public async Task The_summit_is_a_leaders_summit_at_the_leaders_level_in_the_list_and_on_its_own()
    {
        var listed = (await GetJsonAsync(SiteUrls.ApiEvents)).EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Summit);
        var summit = await GetJsonAsync(SiteUrls.ApiEvent(Summit));

        foreach (var e in new[] { listed, summit })
        {
            Assert.Equal("leaders-summit", e.GetProperty("kind").GetString());
            Assert.Equal("leaders", e.GetProperty("level").GetString());
            // The 2023 list is the host's whole list: no separate count, and the properties are there as null.
            Assert.Equal(JsonValueKind.Null, e.GetProperty("reportedCityCount").ValueKind);
            Assert.True(e.TryGetProperty("sourceUrl", out _));
        }

        Assert.True(summit.TryGetProperty("participationNote", out _));
        Assert.True(summit.TryGetProperty("participationNoteJa", out _));
    }

    [Fact]
    public async Task An_event_s_reported_count_source_and_note_are_published_as_staff_saved_them()
    {
        await using var fresh = new SummitFactory();
        await fresh.WithStoreAsync(db => db.Events.Where(e => e.Slug == Summit).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.ReportedCityCount, 45).SetProperty(e => e.SourceUrl, "https://www.example.org/g-nets")
            .SetProperty(e => e.ParticipationNote, "The host's list ends here.").SetProperty(e => e.ParticipationNoteJa, "主催者の一覧はここまでです。")));
        var client = fresh.CreateVisitor();

        using var summit = JsonDocument.Parse(await client.GetStringAsync(SiteUrls.ApiEvent(Summit)));
        using var participations = JsonDocument.Parse(await client.GetStringAsync(SiteUrls.ApiParticipations(Summit)));

        Assert.Equal(45, summit.RootElement.GetProperty("reportedCityCount").GetInt32());
        Assert.Equal("https://www.example.org/g-nets", summit.RootElement.GetProperty("sourceUrl").GetString());
        Assert.Equal("主催者の一覧はここまでです。", summit.RootElement.GetProperty("participationNoteJa").GetString());
        Assert.Equal(45, participations.RootElement.GetProperty("reportedCityCount").GetInt32());
        Assert.Equal("The host's list ends here.", participations.RootElement.GetProperty("participationNote").GetString());
    }

    [Fact]
    public async Task The_ways_of_taking_part_are_listed_in_order_with_their_names_and_phrases_in_both_languages()
    {
        var kinds = (await GetJsonAsync(SiteUrls.ApiParticipationKinds)).EnumerateArray().ToList();

        var slugs = kinds.Select(k => k.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["venue", "online", "video-message"], slugs.Take(3));
        Assert.Contains("presenter", slugs);
        Assert.Contains("audience", slugs);
        var orders = kinds.Select(k => k.GetProperty("order").GetInt32()).ToList();
        Assert.Equal(orders.Order(), orders);
        var venue = kinds[0];
        Assert.Equal("At the venue", venue.GetProperty("name").GetString());
        Assert.Equal("会場参加", venue.GetProperty("nameJa").GetString());
        Assert.Equal("at the venue", venue.GetProperty("phrase").GetString());
        Assert.Equal("会場で参加", venue.GetProperty("phraseJa").GetString());
    }

    [Fact]
    public async Task Each_participation_names_its_way_of_taking_part_in_both_languages_and_the_CSV_too()
    {
        var participations = (await GetJsonAsync(SiteUrls.ApiParticipations(Summit))).GetProperty("participations").EnumerateArray();
        var rome = (await GetJsonAsync(SiteUrls.ApiCity("rome"))).GetProperty("participations").EnumerateArray();
        var rows = ParseCsv(await factory.CreateVisitor().GetStringAsync(SiteUrls.ApiCitiesCsv));

        var online = participations.First(p => p.GetProperty("mode").GetString() == "online");
        Assert.Equal("Online", online.GetProperty("modeLabel").GetString());
        Assert.Equal("オンライン参加", online.GetProperty("modeLabelJa").GetString());
        Assert.Contains(rome, p => p.GetProperty("mode").GetString() == "venue" && p.GetProperty("modeLabelJa").GetString() == "会場参加");
        var tokyo = rows.First(r => r[0] == "tokyo");
        Assert.Equal("venue", tokyo[rows[0].IndexOf("mode")]);
        Assert.Equal("At the venue", tokyo[rows[0].IndexOf("mode_label")]);
        Assert.Equal("会場参加", tokyo[rows[0].IndexOf("mode_label_ja")]);
    }

    [Fact]
    public async Task The_summit_names_its_venue_and_34_cities()
    {
        var summit = await GetJsonAsync(SiteUrls.ApiEvent(Summit));

        Assert.Equal("Hilton Tokyo Shinjuku", summit.GetProperty("venue").GetProperty("name").GetString());
        Assert.Equal("hybrid", summit.GetProperty("format").GetString());
        Assert.Equal(34, summit.GetProperty("cityCount").GetInt32());
    }

    [Fact]
    public async Task Participations_put_Tokyo_at_the_venue_and_Rome_there_and_online()
    {
        var participations = (await GetJsonAsync(SiteUrls.ApiParticipations(Summit))).GetProperty("participations").EnumerateArray().ToList();

        string[] ModesOf(string city) => participations.Where(p => p.GetProperty("city").GetProperty("name").GetString() == city)
            .Select(p => p.GetProperty("mode").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["venue"], ModesOf("Tokyo"));
        Assert.Equal("At the venue", participations.First(p => p.GetProperty("city").GetProperty("slug").GetString() == "tokyo").GetProperty("modeLabel").GetString());
        Assert.Equal(["online", "venue"], ModesOf("Rome"));
        Assert.Equal(34, participations.Select(p => p.GetProperty("city").GetProperty("slug").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Rome_took_part_in_the_summit_two_ways_and_links_its_page()
    {
        var rome = await GetJsonAsync(SiteUrls.ApiCity("rome"));

        Assert.Equal("Rome", rome.GetProperty("name").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + SiteUrls.City("rome"), rome.GetProperty("url").GetString());
        var ways = rome.GetProperty("participations").EnumerateArray()
            .Where(p => p.GetProperty("event").GetProperty("slug").GetString() == Summit).Select(p => p.GetProperty("mode").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["online", "venue"], ways);
    }

    [Fact]
    public async Task The_program_holds_session_1_with_Tokyo_and_its_moderator()
    {
        var program = await GetJsonAsync(SiteUrls.ApiProgram(Summit));

        var items = program.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("items").EnumerateArray()).ToList();
        var session = items.Single(i => i.GetProperty("slug").GetString() == "session-1");
        Assert.Contains("tokyo", session.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.Contains(session.GetProperty("people").EnumerateArray(),
            p => p.GetProperty("person").GetProperty("slug").GetString() == "ishii-naoko" && p.GetProperty("role").GetString() == "moderator");
        var ceremony = items.Single(i => i.GetProperty("title").GetString() == "Opening ceremony");
        Assert.Equal(new DateTimeOffset(2023, 2, 28, 0, 15, 0, TimeSpan.Zero), ceremony.GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_communique_gives_its_sections_in_the_order_of_the_page()
    {
        var communique = await GetJsonAsync(SiteUrls.ApiCommunique(Summit));
        var page = await factory.CreateVisitor().GetPageAsync(SiteUrls.Communique(Summit));

        var sections = communique.GetProperty("sections").EnumerateArray().ToList();
        Assert.NotEmpty(sections);
        Assert.Equal(
            page.QuerySelectorAll(".communique__section h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList(),
            sections.Select(s => s.GetProperty("heading").GetString()!).ToList());
        Assert.Equal(
            page.QuerySelectorAll(".communique__section").Select(s => SummitFactory.PublicBaseUrl + SiteUrls.Communique(Summit) + "#" + s.Id).ToList(),
            sections.Select(s => s.GetProperty("url").GetString()!).ToList());
    }

    [Fact]
    public async Task People_include_the_governor_with_her_appearances()
    {
        var people = await GetJsonAsync(SiteUrls.ApiPeople);
        var koike = await GetJsonAsync(SiteUrls.ApiPerson("koike-yuriko"));

        Assert.Contains(people.EnumerateArray(), p => p.GetProperty("slug").GetString() == "koike-yuriko");
        Assert.Equal(SummitFactory.PublicBaseUrl + SiteUrls.Person("koike-yuriko"), koike.GetProperty("url").GetString());
        Assert.NotEmpty(koike.GetProperty("appearances").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Every_JSON_answer_has_the_properties_its_OpenAPI_schema_documents(string template, string path)
    {
        using var document = JsonDocument.Parse(await factory.CreateVisitor().GetStringAsync(SiteUrls.ApiOpenApi));
        var root = document.RootElement;

        Assert.True(root.GetProperty("paths").TryGetProperty(template, out var described), $"{template} is not in the OpenAPI document");
        var schema = described.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema");
        var problems = new List<string>();
        CheckAgainst(root, schema, await GetJsonAsync(path), "$", problems, depth: 0);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_CSV_and_every_endpoint_of_SiteUrls()
    {
        using var document = JsonDocument.Parse(await factory.CreateVisitor().GetStringAsync(SiteUrls.ApiOpenApi));
        var paths = document.RootElement.GetProperty("paths");

        var api = typeof(SiteUrls.Routes).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Where(t => t.StartsWith("/api/v1/", StringComparison.Ordinal) && t != SiteUrls.Routes.ApiOpenApi).ToList();
        Assert.Equal(11, api.Count);
        Assert.All(api, t => Assert.True(paths.TryGetProperty(t, out _), $"{t} is not in the OpenAPI document"));
        Assert.True(paths.GetProperty(SiteUrls.Routes.ApiCitiesCsv).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").TryGetProperty("text/csv", out _));
    }

    [Fact]
    public async Task A_browser_on_another_site_may_read_it_but_not_with_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SiteUrls.ApiCities);
        request.Headers.Add("Origin", "https://example.org");
        using var response = await factory.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_unchanged_answer_is_304_for_its_ETag_and_HEAD_answers_without_a_body()
    {
        var client = factory.CreateVisitor();
        using var first = await client.GetAsync(SiteUrls.ApiCity("tokyo"));
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, SiteUrls.ApiCity("tokyo"));
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, SiteUrls.ApiCity("tokyo")));

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_answer_carries_Last_Modified_and_an_unchanged_one_is_304_for_If_Modified_Since()
    {
        var client = factory.CreateVisitor();
        foreach (var path in JsonEndpoints.Select(row => (string)row[1]).Append(SiteUrls.ApiCitiesCsv))
        {
            using var first = await client.GetAsync(path);
            var modified = first.Content.Headers.LastModified;
            Assert.True(modified is not null, $"{path} has no Last-Modified");
            Assert.True(modified > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) && modified <= DateTimeOffset.UtcNow.AddMinutes(1), $"{path}: {modified}");

            using var since = new HttpRequestMessage(HttpMethod.Get, path);
            since.Headers.IfModifiedSince = modified;
            using var revalidated = await client.SendAsync(since);
            using var earlier = new HttpRequestMessage(HttpMethod.Get, path);
            earlier.Headers.IfModifiedSince = modified!.Value.AddSeconds(-1);
            using var changed = await client.SendAsync(earlier);

            Assert.True(revalidated.StatusCode == HttpStatusCode.NotModified, $"{path} answered {(int)revalidated.StatusCode} to If-Modified-Since");
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }
    }

    [Fact]
    public async Task Last_Modified_is_the_time_the_records_were_last_saved()
    {
        await using var fresh = new SummitFactory();
        var client = fresh.CreateVisitor();
        using var before = await client.GetAsync(SiteUrls.ApiCity("tokyo"));

        var saved = await fresh.WithStoreAsync(async db =>
        {
            var tokyo = await db.Cities.SingleAsync(c => c.Slug == "tokyo");
            tokyo.Country = "Japan (Nippon)";
            await db.SaveChangesAsync();
            return tokyo.UpdatedAtUtc;
        });
        using var after = await client.GetAsync(SiteUrls.ApiCity("tokyo"));
        using var cities = await client.GetAsync(SiteUrls.ApiCities);

        var expected = new DateTimeOffset(DateTime.SpecifyKind(saved, DateTimeKind.Utc).AddTicks(-(saved.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(expected, after.Content.Headers.LastModified);
        Assert.Equal(expected, cities.Content.Headers.LastModified);
        Assert.True(after.Content.Headers.LastModified >= before.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/api/v1/cities/atlantis")]
    [InlineData("/api/v1/people/nobody")]
    [InlineData("/api/v1/events/no-such-summit")]
    [InlineData("/api/v1/events/no-such-summit/program")]
    [InlineData("/api/v1/events/no-such-summit/participations")]
    [InlineData("/api/v1/events/no-such-summit/communique")]
    [InlineData("/api/v1/cities/%E2%80%AE%3Cscript%3E")]
    [InlineData("/api/v1/people/..%2F..%2Fetc")]
    public async Task An_unknown_or_hostile_slug_is_404_with_a_JSON_problem(string path)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_CSV_has_a_header_row_quotes_what_needs_it_and_keeps_Sao_Paulo_and_Malmo_in_UTF8()
    {
        using var response = await factory.CreateVisitor().GetAsync(SiteUrls.ApiCitiesCsv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var rows = ParseCsv(text);
        Assert.Equal(["city_slug", "city", "name_ja", "country", "country_ja", "country_code", "continent", "latitude", "longitude", "event_slug", "event", "mode", "city_url", "mode_label", "mode_label_ja"], rows[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Contains(rows, r => r[0] == "sao-paulo" && r[1] == "São Paulo");
        Assert.Contains(rows, r => r[0] == "malmo" && r[1] == "Malmö");
        // Rome took part in the 1st Leaders Summit in two ways (and online in the 2022 officials' meeting).
        Assert.Equal(["online", "venue"], rows.Where(r => r[0] == "rome" && r[9] == "leaders-summit-2023").Select(r => r[11]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_CSV_names_Tokyo_in_Japanese_too()
    {
        var text = await factory.CreateVisitor().GetStringAsync(SiteUrls.ApiCitiesCsv);

        var rows = ParseCsv(text);
        var tokyo = rows.First(r => r[0] == "tokyo");
        Assert.Equal("東京", tokyo[rows[0].IndexOf("name_ja")]);
        Assert.Equal("日本", tokyo[rows[0].IndexOf("country_ja")]);
    }

    [Fact]
    public async Task The_summit_carries_its_Japanese_title_and_its_Japanese_page_beside_the_English()
    {
        var summit = await GetJsonAsync(SiteUrls.ApiEvent(Summit));
        var listed = (await GetJsonAsync(SiteUrls.ApiEvents)).EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Summit);

        Assert.Equal("第1回G-NETS首長級会議", summit.GetProperty("titleJa").GetString());
        Assert.Equal("第1回G-NETS首長級会議", listed.GetProperty("titleJa").GetString());
        // The Japanese twin of whatever the English page is ("/" while the summit is featured, else "/events/…").
        var english = summit.GetProperty("url").GetString()![SummitFactory.PublicBaseUrl.Length..];
        Assert.Equal(SummitFactory.PublicBaseUrl + SiteUrls.InLanguage(english, SiteLanguage.Ja), summit.GetProperty("urlJa").GetString());
        Assert.StartsWith(SummitFactory.PublicBaseUrl + "/ja", summit.GetProperty("urlJa").GetString(), StringComparison.Ordinal);
        Assert.Contains(summit.GetProperty("jaStatus").GetString(), new[] { "draft", "reviewed" });
    }

    [Fact]
    public async Task A_city_is_named_in_Japanese_and_links_its_Japanese_page()
    {
        var tokyo = await GetJsonAsync(SiteUrls.ApiCity("tokyo"));
        var listed = (await GetJsonAsync(SiteUrls.ApiCities)).EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "tokyo");

        Assert.Equal("東京", tokyo.GetProperty("nameJa").GetString());
        Assert.Equal("日本", listed.GetProperty("countryJa").GetString());
        Assert.Equal(SummitFactory.PublicBaseUrl + "/ja" + SiteUrls.City("tokyo"), tokyo.GetProperty("urlJa").GetString());
    }

    [Fact]
    public async Task A_city_whose_Japanese_is_cleared_has_a_null_Japanese_name_not_the_English_one()
    {
        await using var fresh = new SummitFactory();
        fresh.Settings["Site:CachePages"] = "false";
        fresh.Settings["Site:CacheData"] = "false";
        var client = fresh.CreateVisitor();
        await fresh.WithStoreAsync(db => db.Cities.Where(c => c.Slug == "rome")
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.NameJa, (string?)null).SetProperty(c => c.CountryJa, (string?)null)));

        using var document = JsonDocument.Parse(await client.GetStringAsync(SiteUrls.ApiCity("rome")));
        var rome = document.RootElement;

        Assert.Equal("Rome", rome.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, rome.GetProperty("nameJa").ValueKind);
        Assert.Equal(JsonValueKind.Null, rome.GetProperty("countryJa").ValueKind);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_Japanese_properties()
    {
        using var document = JsonDocument.Parse(await factory.CreateVisitor().GetStringAsync(SiteUrls.ApiOpenApi));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.GetProperty("ApiEvent").GetProperty("properties").TryGetProperty("titleJa", out _));
        Assert.True(schemas.GetProperty("ApiCity").GetProperty("properties").TryGetProperty("nameJa", out _));
        Assert.True(schemas.GetProperty("ApiEventRef").GetProperty("properties").TryGetProperty("urlJa", out _));
    }

    [Fact]
    public async Task The_page_says_in_Japanese_where_the_Japanese_texts_are()
    {
        var page = await factory.CreateVisitor().GetPageAsync(SiteUrls.InLanguage(SiteUrls.ApiDocs, SiteLanguage.Ja));

        Assert.Contains("日本語訳のある項目は", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("titleJa", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/nothing")]
    [InlineData("/api/v1/events/leaders-summit-2023/nothing")]
    public async Task An_address_under_the_API_that_names_nothing_is_404_with_a_JSON_problem_not_the_HTML_page(string path)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("Tokyo", "Tokyo")]
    [InlineData("Korea, Republic of", "\"Korea, Republic of\"")]
    [InlineData("The \"Green\" City", "\"The \"\"Green\"\" City\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    public void A_CSV_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string value, string written) =>
        Assert.Equal(written, GNets.Summit.Web.Features.Api.OpenDataQueries.CsvField(value));

    [Fact]
    public async Task Each_endpoint_runs_at_most_3_queries_when_not_cached()
    {
        await using var uncached = new SummitFactory();
        uncached.Settings["Site:CachePages"] = "false";
        uncached.Settings["Site:CacheData"] = "false";
        var client = uncached.CreateVisitor();
        foreach (var path in JsonEndpoints.Select(row => (string)row[1]).Append(SiteUrls.ApiCitiesCsv))
        {
            uncached.Queries.Reset();
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(uncached.Queries.Count <= 3, $"{path} ran {uncached.Queries.Count} queries:\n{string.Join("\n---\n", uncached.Queries.Commands)}");
        }
    }

    [Fact]
    public async Task The_page_lists_every_endpoint_with_a_working_example_and_links_the_OpenAPI_document()
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync(SiteUrls.ApiDocs);
        var home = await client.GetPageAsync(SiteUrls.Home);

        Assert.Contains(SiteUrls.ApiDocs, home.QuerySelector(".site-footer")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(SiteUrls.ApiOpenApi, page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        var examples = page.QuerySelectorAll("dd a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(11, examples.Count);
        foreach (var example in examples)
        {
            using var response = await client.GetAsync(example);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example} answered {response.StatusCode}");
        }
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Walks the response against its schema: every property the schema documents is present, with the JSON type it
    /// says (an object, an array, a string, a number, a boolean, or null where the schema allows it), through $refs.
    /// </summary>
    private static void CheckAgainst(JsonElement document, JsonElement schema, JsonElement value, string at, List<string> problems, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            CheckAgainst(document, target, value, at, problems, depth + 1);
            return;
        }

        var types = !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (types.Count > 0 && !types.Contains("null"))
            {
                problems.Add($"{at} is null but the schema says {string.Join('|', types)}");
            }

            return;
        }

        var kind = value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
            _ => "boolean",
        };
        if (types.Count > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            problems.Add($"{at} is {kind} but the schema says {string.Join('|', types)}");
            return;
        }

        if (kind == "array" && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckAgainst(document, items, item, $"{at}[{index++}]", problems, depth + 1);
            }
        }

        if (kind == "object" && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (value.TryGetProperty(property.Name, out var child))
                {
                    CheckAgainst(document, property.Value, child, $"{at}.{property.Name}", problems, depth + 1);
                }
                else
                {
                    problems.Add($"{at}.{property.Name} is documented but missing");
                }
            }

            var undocumented = value.EnumerateObject().Select(p => p.Name).Where(n => !properties.TryGetProperty(n, out _)).ToList();
            if (undocumented.Count > 0)
            {
                problems.Add($"{at} has undocumented properties: {string.Join(", ", undocumented)}");
            }
        }
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "The CSV ends inside a quoted field");
        Assert.True(row.Count == 0 && field.Length == 0, "The last record does not end in CRLF");
        return rows;
    }
}
