using System.Net;
using AngleSharp.Dom;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>/ja/search finds the Japanese texts (the English where there is none yet) and links to /ja pages; /search stays English.</summary>
public sealed class JapaneseSearchTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private async Task<IDocument> SearchAsync(string path, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await JapanesePagesTests.SeedJapaneseAsync(factory);
        return await factory.CreateVisitor().GetPageAsync($"{path}?q={Uri.EscapeDataString(query)}", expected);
    }

    private static IEnumerable<string?> Links(IDocument page, string groupId) =>
        page.QuerySelectorAll($"#{groupId} ~ ol a").Select(a => a.GetAttribute("href"));

    [Fact]
    public async Task A_two_character_Japanese_word_finds_the_city_under_ja()
    {
        var page = await SearchAsync("/ja/search", "東京");

        var tokyo = page.QuerySelectorAll("#results-city ~ ol a").Single(a => a.GetAttribute("href") == "/ja/cities/tokyo");
        Assert.Equal("東京都", tokyo.TextOf());
        Assert.Equal("東京", tokyo.QuerySelector("mark")!.TextOf());
        Assert.Equal("都市", page.GetElementById("results-city")!.ChildNodes[0].TextContent.Trim());
    }

    [Fact]
    public async Task A_Japanese_name_of_three_characters_finds_the_person_under_ja()
    {
        var page = await SearchAsync("/ja/search", "百合子");

        Assert.Contains("/ja/people/koike-yuriko", Links(page, "results-person"));
        Assert.All(page.QuerySelectorAll(".search-results a"), a => Assert.StartsWith("/ja/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("/ja/search", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
    }

    [Fact]
    public async Task A_Japanese_theme_finds_its_session_under_ja()
    {
        var page = await SearchAsync("/ja/search", "環境");

        Assert.Contains("/ja/events/leaders-summit-2023/program/session-1", Links(page, "results-session"));
    }

    [Fact]
    public async Task A_Japanese_search_finds_untranslated_records_by_their_English()
    {
        var page = await SearchAsync("/ja/search", "Rome");

        var city = page.QuerySelectorAll("#results-city ~ ol a").Single(a => a.GetAttribute("href") == "/ja/cities/rome");
        Assert.Equal("en", city.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_translated_title_in_the_results_is_not_marked_as_English()
    {
        var page = await SearchAsync("/ja/search", "東京");

        var tokyo = page.QuerySelectorAll("#results-city ~ ol a").Single(a => a.GetAttribute("href") == "/ja/cities/tokyo");
        Assert.Null(tokyo.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_English_search_still_finds_English_texts_and_links_to_English_pages()
    {
        var page = await SearchAsync("/search", "Tokyo");

        var cities = Links(page, "results-city").ToList();
        Assert.Contains("/cities/tokyo", cities);
        Assert.DoesNotContain(page.QuerySelectorAll(".search-results a"), a => a.GetAttribute("href")!.StartsWith("/ja/", StringComparison.Ordinal));
        Assert.Empty(Links(await SearchAsync("/search", "百合子"), "results-person"));
    }

    [Fact]
    public async Task Nothing_found_is_said_in_Japanese()
    {
        var page = await SearchAsync("/ja/search", "存在しない言葉");

        Assert.Equal("見つかりませんでした。別の語や、より少ない語でお試しください。", page.QuerySelector("[role=status]")!.TextOf());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("東")]
    [InlineData("東京 AND OR NOT (")]
    [InlineData("％＿\\%")]
    [InlineData("👩‍👩‍👧‍👦e\u0301　全角")]
    public async Task Odd_Japanese_queries_answer_a_page_not_an_error(string query)
    {
        var page = await SearchAsync("/ja/search", query);

        Assert.NotNull(page.QuerySelector("form[role=search]"));
    }

    [Fact]
    public async Task A_too_long_Japanese_query_is_refused_with_a_Japanese_message()
    {
        var page = await SearchAsync("/ja/search", new string('東', 201), HttpStatusCode.BadRequest);

        Assert.Contains("検索語が長すぎます", page.QuerySelector("[role=status]")!.TextOf(), StringComparison.Ordinal);
    }
}
