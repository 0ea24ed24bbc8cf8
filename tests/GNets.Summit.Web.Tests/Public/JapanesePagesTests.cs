using AngleSharp.Dom;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>
/// The city, people and page pages under /ja, from Japanese texts saved in the store beside the English.
/// Tokyo, KOIKE Yuriko, IZUMO Mitsuru, Session 1 and the about page get Japanese; Rome, the privacy page and
/// IZUMO's biography (an English one is saved for the test) do not, so they show the English marked lang="en".
/// </summary>
public sealed class JapanesePagesTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Event = "/events/leaders-summit-2023";

    /// <summary>Saves the Japanese texts the tests read (the same values every time, so any test may run first).</summary>
    internal static async Task SeedJapaneseAsync(SummitFactory factory) =>
        await factory.WithStoreAsync(async db =>
        {
            var tokyo = await db.Cities.SingleAsync(c => c.Slug == "tokyo");
            (tokyo.NameJa, tokyo.CountryJa) = ("東京都", "日本");
            var koike = await db.People.SingleAsync(p => p.Slug == "koike-yuriko");
            (koike.NameJa, koike.HonorificJa, koike.PositionJa, koike.BioMarkdownJa) = ("小池 百合子", null, "東京都知事", "東京都知事として**環境政策**を進めています。");
            var izumo = await db.People.SingleAsync(p => p.Slug == "izumo-mitsuru");
            (izumo.NameJa, izumo.HonorificJa, izumo.PositionJa) = ("出雲 充", "氏", "株式会社ユーグレナ 代表取締役社長");
            izumo.BioMarkdown = "IZUMO Mitsuru founded **Euglena Co., Ltd.** in 2005.";
            izumo.BioMarkdownJa = null;
            // content/ gives every record its Japanese: take Rome's and the privacy page's away to see the fallback.
            var rome = await db.Cities.SingleAsync(c => c.Slug == "rome");
            (rome.NameJa, rome.CountryJa) = (null, null);
            var privacy = await db.Pages.SingleAsync(p => p.Slug == "privacy");
            (privacy.TitleJa, privacy.SummaryJa, privacy.BodyMarkdownJa) = (null, null, null);
            var governor = await db.Representations.SingleAsync(r => r.Person.Slug == "koike-yuriko" && r.City.Slug == "tokyo" && r.Event.Slug == "leaders-summit-2023");
            governor.TitleJa = "東京都知事";
            var session = await db.ProgramItems.Include(i => i.Theme).SingleAsync(i => i.Slug == "session-1");
            session.TitleJa = "分科会1";
            session.Theme!.NameJa = "【環境】";
            var about = await db.Pages.SingleAsync(p => p.Slug == "about");
            (about.TitleJa, about.SummaryJa, about.BodyMarkdownJa) =
                ("G-NETSについて", "G-NETSは持続可能な都市の世界的ネットワークです。", "**G-NETS**は、都市による都市のためのネットワークです。");
            await db.SaveChangesAsync();
        });

    private async Task<IDocument> JapaneseAsync(string path)
    {
        await SeedJapaneseAsync(factory);
        return await factory.CreateVisitor().GetPageAsync("/ja" + path);
    }

    [Fact]
    public async Task The_Japanese_event_page_marks_the_venues_latin_street_address_as_english_and_the_english_one_does_not()
    {
        static IElement Address(IDocument page) =>
            page.QuerySelectorAll(".facts__note").Single(note => note.TextContent.Contains("6-6-2 Nishi-Shinjuku", StringComparison.Ordinal));

        var visitor = factory.CreateVisitor();
        Assert.Equal("en", Address(await visitor.GetPageAsync("/ja" + Event)).GetAttribute("lang"));
        Assert.False(Address(await visitor.GetPageAsync(Event)).HasAttribute("lang"));
    }

    [Fact]
    public async Task The_Japanese_city_page_shows_the_city_its_country_its_governor_and_sessions_in_Japanese()
    {
        var page = await JapaneseAsync("/cities/tokyo");

        Assert.Equal("東京都", page.QuerySelector("h1")!.TextOf());
        Assert.Null(page.QuerySelector("h1 [lang]"));
        Assert.Equal("日本", page.QuerySelector(".page-header .lead")!.TextOf());
        var governor = page.QuerySelector(".representative")!;
        Assert.Equal("小池 百合子", governor.QuerySelector(".person-card__name")!.TextOf());
        Assert.StartsWith("東京都知事", governor.QuerySelector(".person-card__position")!.TextOf(), StringComparison.Ordinal);
        Assert.Equal("/ja/people/koike-yuriko", governor.QuerySelector(".person-card__name a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".link-list a"), a => a.TextOf() == "分科会1：【環境】" && a.GetAttribute("href") == "/ja" + Event + "/program/session-1");
        Assert.Equal("所在地", page.GetElementById("where-heading")!.TextOf());
    }

    [Fact]
    public async Task A_city_without_Japanese_shows_its_English_name_marked_as_English()
    {
        var page = await JapaneseAsync("/cities/rome");

        var name = page.QuerySelector("h1 > span[lang=en]");
        Assert.NotNull(name);
        Assert.Equal("Rome", name.TextOf());
        Assert.Equal("Italy", page.QuerySelector(".page-header .lead > span[lang=en]")!.TextOf());
    }

    [Fact]
    public async Task The_Japanese_cities_list_names_cities_in_Japanese_and_marks_the_untranslated_ones()
    {
        var page = await JapaneseAsync(Event + "/cities");

        Assert.Equal("参加都市", page.QuerySelector("h1")!.TextOf());
        var tokyo = page.QuerySelectorAll(".city-list a").Single(a => a.GetAttribute("href") == "/ja/cities/tokyo");
        Assert.Equal("東京都", tokyo.TextOf());
        var rome = page.QuerySelectorAll(".city-list a").Single(a => a.GetAttribute("href") == "/ja/cities/rome");
        Assert.Equal("en", rome.QuerySelector("span")?.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll(".map-city"), dot => dot.GetAttribute("aria-label")!.StartsWith("東京都", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_English_cities_list_keeps_English_names_in_English_order()
    {
        await SeedJapaneseAsync(factory);
        var page = await factory.CreateVisitor().GetPageAsync(Event + "/cities");

        var asia = page.Section("continent-asia").Texts(".city-list a");
        Assert.Contains("Tokyo", asia);
        Assert.DoesNotContain("東京都", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(asia.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en-US"), true)), asia);
    }

    [Fact]
    public async Task The_Japanese_person_page_puts_the_honorific_after_the_Japanese_name()
    {
        var page = await JapaneseAsync("/people/izumo-mitsuru");

        Assert.Equal("出雲 充 氏", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("株式会社ユーグレナ 代表取締役社長", page.QuerySelector(".profile .lead")!.TextOf());
        Assert.Equal("略歴", page.GetElementById("bio-heading")!.TextOf());
        // No Japanese biography yet: the English one, marked.
        Assert.Equal("Euglena Co., Ltd.", page.GetElementById("bio-heading")!.ParentElement!.QuerySelector("div[lang=en] p strong")!.TextOf());
        Assert.StartsWith("出雲 充", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("IZUMO", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Japanese_biography_is_shown_instead_of_the_English_one()
    {
        var page = await JapaneseAsync("/people/koike-yuriko");

        var bio = page.GetElementById("bio-heading")!.ParentElement!;
        Assert.Equal("環境政策", bio.QuerySelector("strong")!.TextOf());
        Assert.Null(bio.QuerySelector("[lang]"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/ja/cities/tokyo" && a.TextOf() == "東京都");
    }

    [Fact]
    public async Task The_Japanese_people_list_shows_representatives_with_their_Japanese_names_and_titles()
    {
        var page = await JapaneseAsync(Event + "/people");

        Assert.Equal("登壇者・モデレーター", page.QuerySelector("h1")!.TextOf());
        var koike = page.Section("representatives-heading").QuerySelectorAll(".representative")
            .Single(card => card.QuerySelector(".person-card__name a")!.GetAttribute("href") == "/ja/people/koike-yuriko");
        Assert.Equal("小池 百合子", koike.QuerySelector(".person-card__name")!.TextOf());
        Assert.StartsWith("東京都知事", koike.QuerySelector(".person-card__position")!.TextOf(), StringComparison.Ordinal);
        Assert.Equal("東京都を代表", koike.QuerySelector(".representative__city")!.TextOf());
    }

    [Fact]
    public async Task A_translated_page_is_in_Japanese_and_an_untranslated_one_is_English_marked_as_such()
    {
        var about = await JapaneseAsync("/about");
        Assert.Equal("G-NETSについて", about.QuerySelector("h1")!.TextOf());
        Assert.Equal("G-NETS", about.QuerySelector("article strong")!.TextOf());
        Assert.Null(about.QuerySelector("article [lang]"));

        var privacy = await factory.CreateVisitor().GetPageAsync("/ja/privacy");
        Assert.NotNull(privacy.QuerySelector("h1 > span[lang=en]"));
        Assert.NotNull(privacy.QuerySelector("article > div[lang=en] p"));
    }

    [Fact]
    public async Task The_same_page_in_English_and_then_in_Japanese_is_each_in_its_own_language()
    {
        await SeedJapaneseAsync(factory);
        var client = factory.CreateVisitor();

        var english = await client.GetPageAsync("/cities/tokyo");
        var japanese = await client.GetPageAsync("/ja/cities/tokyo");
        var englishAgain = await client.GetPageAsync("/cities/tokyo");

        Assert.Equal("Tokyo", english.QuerySelector("h1")!.TextOf());
        Assert.Equal("東京都", japanese.QuerySelector("h1")!.TextOf());
        Assert.Equal("Tokyo", englishAgain.QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task A_missing_page_under_ja_says_so_in_Japanese()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/ja/no-such-page", System.Net.HttpStatusCode.NotFound);

        Assert.Equal("ページが見つかりません", page.QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task Japanese_pages_cost_at_most_three_SQL_queries_when_not_cached()
    {
        await using var uncached = new SummitFactory();
        uncached.Settings["Site:CachePages"] = "false";
        uncached.Settings["Site:CacheData"] = "false";
        await SeedJapaneseAsync(uncached);
        var client = uncached.CreateVisitor();
        // The header's links are loaded once per content change, not per page.
        await client.GetAsync("/ja");

        foreach (var path in new[] { "/ja/cities/tokyo", "/ja" + Event + "/cities", "/ja/people/koike-yuriko", "/ja" + Event + "/people", "/ja/about" })
        {
            uncached.Queries.Reset();
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            Assert.True(uncached.Queries.Count <= 3, $"{path} ran {uncached.Queries.Count} queries:\n{string.Join("\n---\n", uncached.Queries.Commands)}");
        }
    }
}
