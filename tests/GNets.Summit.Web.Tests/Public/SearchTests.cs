using System.Net;
using AngleSharp.Dom;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>/search over the seeded site, on a real SQLite store with the FTS5 migration applied.</summary>
public sealed class SearchTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static string Url(string query) => "/search?q=" + Uri.EscapeDataString(query);

    private async Task<IDocument> SearchAsync(string query) => await factory.CreateVisitor().GetPageAsync(Url(query));

    private static IReadOnlyList<string> Titles(IDocument page, string groupId) =>
        page.GetElementById(groupId) is { } heading ? heading.ParentElement!.Texts(".card__title") : [];

    [Theory]
    [InlineData("/search?q=cities")]
    [InlineData("/ja/search?q=" + "%E9%83%BD%E5%B8%82")]
    public async Task Meeting_snippets_show_their_city_counts_not_placeholders(string path)
    {
        var page = await factory.CreateVisitor().GetPageAsync(path);

        var meetings = page.GetElementById("results-meeting")!.ParentElement!.TextContent;
        Assert.DoesNotContain("{{", meetings, StringComparison.Ordinal);
        Assert.Matches(@"\d+", meetings);
    }

    [Fact]
    public async Task Ulaanbaatar_finds_the_city()
    {
        var page = await SearchAsync("Ulaanbaatar");

        Assert.Contains("Ulaanbaatar", Titles(page, "results-city"));
        Assert.Contains(page.QuerySelectorAll("#results-city ~ ol a"), a => a.GetAttribute("href") == "/cities/ulaanbaatar");
    }

    [Theory]
    [InlineData("communiqué")]
    [InlineData("earthquake")]
    public async Task A_word_of_the_communique_finds_its_section_highlighted(string word)
    {
        var page = await SearchAsync(word);

        var section = page.QuerySelectorAll("#results-communique ~ ol > li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/events/leaders-summit-2023/communique#building-safe-and-secure-cities");
        Assert.Contains(section.QuerySelectorAll("mark"), mark => string.Equals(mark.TextOf(), word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_family_name_in_capitals_finds_the_person_and_his_sessions()
    {
        var page = await SearchAsync("KORESAWA");

        Assert.Contains(page.QuerySelectorAll("#results-person ~ ol a"), a => a.GetAttribute("href") == "/people/koresawa-atsushi");
        Assert.NotEmpty(Titles(page, "results-session"));
        Assert.All(page.QuerySelectorAll("#results-session ~ ol > li"), li => Assert.NotNull(li.QuerySelector("mark")));
    }

    [Fact]
    public async Task The_start_of_a_word_finds_it()
    {
        var page = await SearchAsync("Helsin");

        Assert.Contains("Helsinki", Titles(page, "results-city"));
    }

    [Fact]
    public async Task Results_are_grouped_by_kind_under_headings_and_the_page_is_not_indexed()
    {
        var page = await SearchAsync("Tokyo");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.Id).ToList();
        Assert.Contains("results-city", headings);
        Assert.Contains("results-session", headings);
        Assert.True(headings.IndexOf("results-session") < headings.IndexOf("results-city"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal($"{SummitFactory.PublicBaseUrl}/search", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Tokyo", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Every_public_page_links_the_search_page_from_its_header()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        Assert.Contains(page.QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == "/search");
        var search = await factory.CreateVisitor().GetPageAsync("/search");
        Assert.NotNull(search.QuerySelector("form[method=get][action='/search'] label[for=search-q]"));
        Assert.Contains("Type a word", search.QuerySelector("[role=status]")!.TextOf());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"Tokyo")]
    [InlineData("Tokyo*")]
    [InlineData("*")]
    [InlineData("(Tokyo")]
    [InlineData("Tokyo NEAR Paris")]
    [InlineData("NEAR(Tokyo Paris)")]
    [InlineData("Tokyo AND")]
    [InlineData("OR")]
    [InlineData("-Tokyo")]
    [InlineData("title:Tokyo")]
    [InlineData("^Tokyo")]
    [InlineData("100%")]
    [InlineData("a_b")]
    [InlineData("\u0001\u0002 Tokyo \u0000")]
    [InlineData("東京")]
    [InlineData("  ")]
    [InlineData("")]
    public async Task A_query_with_search_syntax_or_control_characters_gets_a_page_not_an_error(string query)
    {
        using var response = await factory.CreateVisitor().GetAsync(Url(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(page.QuerySelector("[role=status]") is not null || page.QuerySelector(".search-results") is not null);
    }

    [Fact]
    public async Task Quotes_around_a_word_still_find_it()
    {
        var page = await SearchAsync("\"Tokyo\"");

        Assert.Contains("Tokyo", Titles(page, "results-city"));
    }

    [Fact]
    public async Task A_ten_kilobyte_query_is_refused_with_a_message()
    {
        using var response = await factory.CreateVisitor().GetAsync(Url(new string('x', 10 * 1024)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("too long", page.QuerySelector("[role=status]")!.TextOf());
    }

    [Fact]
    public async Task A_city_renamed_in_the_admin_is_found_by_its_new_name_on_the_next_search()
    {
        Assert.Empty(Titles(await SearchAsync("Milanissimo"), "results-city"));
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/cities?q=Milan")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "Milanissimo" });

        Assert.Contains("Milanissimo", Titles(await SearchAsync("Milanissimo"), "results-city"));
    }

    [Fact]
    public void Each_word_reaches_MATCH_as_a_quoted_string()
    {
        Assert.Equal("\"NEAR(a\"\"b\" AND \"*:-\"", Web.Features.Search.SearchTerms.MatchExpression(["NEAR(a\"b", "*:-"]));
    }
}

/// <summary>A meeting is found by its kind and level, which its title may not name.</summary>
public sealed class MeetingKindSearchTests
{
    [Fact]
    public async Task A_senior_officials_meeting_is_found_by_its_kind_in_English_and_its_level_in_Japanese()
    {
        await using var factory = new SummitFactory();
        var client = factory.CreateVisitor();
        var before = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("senior officials"));
        // A save advances the content generation, so the next search rebuilds the index.
        await factory.WithStoreAsync(async db =>
        {
            var summit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Events, e => e.Slug == "leaders-summit-2023");
            summit.Kind = GNets.Summit.Web.Data.Entities.EventKind.SeniorOfficialsMeeting;
            await db.SaveChangesAsync();
        });

        var english = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("senior officials"));
        var japanese = await client.GetPageAsync("/ja/search?q=" + Uri.EscapeDataString("実務責任者級会議"));

        // Before the change the senior officials' own meetings are found, and the summit is not.
        var found = before.GetElementById("results-meeting")!.ParentElement!.Texts(".card__title");
        Assert.Contains(await factory.WithStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.Events, e => e.Kind == GNets.Summit.Web.Data.Entities.EventKind.SeniorOfficialsMeeting && e.Slug != "leaders-summit-2023"), e => e.Title))), found);
        Assert.DoesNotContain("The 1st G-NETS Leaders Summit", found);
        Assert.Contains("The 1st G-NETS Leaders Summit", english.GetElementById("results-meeting")!.ParentElement!.Texts(".card__title"));
        Assert.Contains("第1回G-NETS首長級会議", japanese.GetElementById("results-meeting")!.ParentElement!.Texts(".card__title"));
    }
}
