using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>
/// The event, program, program item and communiqué pages of the Japanese edition ("/ja/…") show the
/// Japanese stored beside each English text, fall back to the English marked lang="en" where a
/// translation is missing, write dates and times the Japanese way, and mark a draft translation of
/// the communiqué as provisional (仮訳). The Japanese is written into the store by each test, so the
/// tests do not depend on what content/ holds.
/// </summary>
public sealed class JapaneseEventPagesTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Overview = "/ja/events/leaders-summit-2023";
    private const string Program = "/ja/events/leaders-summit-2023/program";
    private const string OpeningCeremony = "/ja/events/leaders-summit-2023/program/opening-ceremony";
    private const string Session1 = "/ja/events/leaders-summit-2023/program/session-1";
    private const string Communique = "/ja/events/leaders-summit-2023/communique";

    private Task SeedJapaneseAsync(TranslationStatus communiqueStatus = TranslationStatus.Draft) => factory.WithStoreAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == "leaders-summit-2023");
        ev.TitleJa = "第1回G-NETS首長級会議";
        ev.ShortTitleJa = "首長級会議2023";
        ev.ThemeJa = "コロナ後を見据えた公正で持続可能な社会の実現";
        ev.SummaryJa = "{{city_count}}都市、{{continent_count}}大陸の首長が参加しました。";
        ev.IntroMarkdownJa = "東京都は**G-NETS首長級会議**を開催しました。";
        ev.TimeZoneNameJa = "日本時間";
        ev.HostJa = "東京都";
        ev.VenueNameJa = null;

        var ceremony = await db.ProgramItems.SingleAsync(i => i.EventId == ev.Id && i.Slug == "opening-ceremony");
        ceremony.TitleJa = "開会式";
        var session1 = await db.ProgramItems.SingleAsync(i => i.EventId == ev.Id && i.Slug == "session-1");
        session1.TitleJa = "分科会1";
        session1.DescriptionMarkdownJa = null;
        var session2 = await db.ProgramItems.SingleAsync(i => i.EventId == ev.Id && i.Slug == "session-2");
        session2.TitleJa = null;
        var environment = await db.Themes.SingleAsync(t => t.EventId == ev.Id && t.Slug == "environment");
        environment.NameJa = "【環境】";
        var koike = await db.People.SingleAsync(p => p.Slug == "koike-yuriko");
        koike.NameJa = "小池 百合子";
        koike.HonorificJa = null;

        var communique = await db.Communiques.Include(c => c.Sections).SingleAsync(c => c.EventId == ev.Id);
        communique.TitleJa = "G-NETS首長級会議コミュニケ";
        communique.JaStatus = communiqueStatus;
        var summary = communique.Sections.Single(s => s.Slug == "summary");
        summary.HeadingJa = "概要";
        summary.BodyMarkdownJa = "私たちは、持続可能な都市の実現に向けて協力します。";
        // content/ gives every section a Japanese draft: the whole communiqué takes the status under test.
        communique.Sections.ForEach(section => section.JaStatus = communiqueStatus);
        var closing = communique.Sections.Single(s => s.Slug == "closing");
        closing.HeadingJa = null;
        closing.BodyMarkdownJa = null;
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_Japanese_event_page_shows_the_event_in_Japanese_with_its_dates_written_the_Japanese_way()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        Assert.Equal("第1回G-NETS首長級会議", page.QuerySelector("h1#event-title")!.TextOf());
        Assert.Equal("コロナ後を見据えた公正で持続可能な社会の実現", page.QuerySelector(".hero__theme")!.TextOf());
        var dates = page.QuerySelector(".facts time")!;
        Assert.Equal("2023年2月27日（月）～3月1日（水）", dates.TextOf());
        Assert.Equal("2023-02-27", dates.GetAttribute("datetime"));
        Assert.Contains("（日本時間）", page.QuerySelector(".facts")!.TextOf());
        Assert.Contains("東京都", page.QuerySelector(".facts")!.TextOf());
        Assert.Contains("G-NETS首長級会議", page.QuerySelector(".intro .prose")!.InnerHtml);
        Assert.Null(page.QuerySelector(".intro .prose")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_missing_Japanese_venue_name_is_shown_in_English_marked_as_English()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        var venue = page.QuerySelectorAll(".facts span[lang=en]").Select(s => s.TextOf());
        Assert.Contains("Hilton Tokyo Shinjuku", venue);
    }

    [Fact]
    public async Task The_Japanese_event_page_counts_in_figures_with_Japanese_counters_and_labels()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Overview);

        var stats = page.QuerySelector(".stats")!.TextOf();
        Assert.Matches(@"\d+都市", stats);
        Assert.Matches(@"\d+大陸", stats);
        Assert.Matches(@"^\d+都市、\d+大陸の首長が参加しました。$", page.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
        Assert.Contains("会場参加", page.Section("took-part-heading").TextOf());
        Assert.DoesNotContain("at the venue", page.Section("took-part-heading").TextOf());
    }

    [Fact]
    public async Task The_Japanese_program_shows_item_titles_themes_and_days_in_Japanese()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Program);

        Assert.Equal("プログラム", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("2023年2月28日（火）", page.QuerySelector("#day-2023-02-28 time")!.TextOf());
        var titles = page.QuerySelectorAll(".entry__title").Select(t => t.TextOf()).ToList();
        Assert.Contains("開会式", titles);
        Assert.Contains("分科会1", titles);
        Assert.Contains("【環境】", page.QuerySelectorAll(".tag--theme").Select(t => t.TextOf()));
    }

    [Fact]
    public async Task A_program_item_without_a_Japanese_title_is_listed_in_English_marked_as_English()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Program);

        var link = page.QuerySelectorAll(".entry__title a").Single(a => a.GetAttribute("href")!.EndsWith("/session-2", StringComparison.Ordinal));
        Assert.Equal("Session 2", link.TextOf());
        Assert.Equal("en", link.QuerySelector("span")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_timed_item_shows_its_time_the_Japanese_way_and_keeps_machine_readable_times()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(OpeningCeremony);

        Assert.Equal("開会式", page.QuerySelector("h1")!.TextOf());
        var time = page.QuerySelector(".entry__time")!;
        Assert.Equal("9:15–9:25（日本時間）", time.TextOf());
        Assert.Equal("2023-02-28T09:15+09:00", time.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("2023年2月28日（火）", page.QuerySelector(".page-header__eyebrow")!.TextOf());
        Assert.Contains("式典", page.QuerySelector(".page-header__eyebrow")!.TextOf());
        Assert.Contains("小池 百合子", page.QuerySelector(".entry")!.TextOf());
        Assert.StartsWith("開会式 – 首長級会議2023", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_item_page_shows_its_Japanese_theme_and_falls_back_to_the_English_description_marked_as_English()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Session1);

        Assert.Equal("分科会1：【環境】", page.QuerySelector("h1")!.TextOf());
        var description = page.QuerySelector(".stack > .prose");
        if (description is not null)
        {
            Assert.Equal("en", description.GetAttribute("lang"));
        }

        Assert.Contains("モデレーター：", page.QuerySelector(".entry")!.TextOf());
        Assert.Contains("参加都市：", page.QuerySelector(".entry")!.TextOf());
    }

    [Fact]
    public async Task The_communique_shows_its_Japanese_and_a_draft_is_marked_provisional_until_staff_review_it()
    {
        await SeedJapaneseAsync(TranslationStatus.Draft);
        var client = factory.CreateVisitor();
        var draft = await client.GetPageAsync(Communique);

        Assert.Equal("G-NETS首長級会議コミュニケ", draft.QuerySelector("h1")!.TextOf());
        Assert.Equal("概要", draft.QuerySelector("#summary h2")!.FirstChild!.TextContent.Trim());
        Assert.Contains("私たちは、持続可能な都市の実現に向けて協力します。", draft.QuerySelector("#summary")!.TextOf());
        var note = draft.QuerySelector(".provisional")!;
        Assert.Contains("仮訳", note.TextOf());
        Assert.Contains("この日本語訳は仮訳です。正式な文書は英語版です。", note.TextOf());
        Assert.Equal("/events/leaders-summit-2023/communique", note.QuerySelector("a")!.GetAttribute("href"));

        await SeedJapaneseAsync(TranslationStatus.Reviewed);
        var reviewed = await client.GetPageAsync(Communique);

        Assert.Equal("G-NETS首長級会議コミュニケ", reviewed.QuerySelector("h1")!.TextOf());
        Assert.Null(reviewed.QuerySelector(".provisional"));
    }

    [Fact]
    public async Task An_untranslated_communique_section_is_shown_in_English_marked_as_English()
    {
        await SeedJapaneseAsync();
        var page = await factory.CreateVisitor().GetPageAsync(Communique);

        var closing = page.QuerySelector("#closing")!;
        Assert.Equal("en", closing.QuerySelector("h2 span")!.GetAttribute("lang"));
        Assert.Equal("en", closing.QuerySelector("div[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_English_communique_never_shows_the_provisional_note()
    {
        await SeedJapaneseAsync(TranslationStatus.Draft);
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/communique");

        Assert.Null(page.QuerySelector(".provisional"));
        Assert.Null(page.QuerySelector(".communique [lang]"));
        Assert.DoesNotContain("コミュニケ", page.QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task The_Japanese_schedule_exports_carry_the_Japanese_titles_and_say_they_are_in_Japanese()
    {
        await SeedJapaneseAsync();
        var client = factory.CreateVisitor();

        var json = await client.GetStringAsync(Program.Replace("/program", "/schedule.json", StringComparison.Ordinal));
        var xml = await client.GetStringAsync(Program.Replace("/program", "/schedule.xml", StringComparison.Ordinal));

        Assert.Contains("\"title\": \"開会式\"", json);
        Assert.Contains("\"language\": \"ja\"", json);
        Assert.Contains("<title>開会式</title>", xml);
        Assert.Contains("<language>ja</language>", xml);
        // An item whose Japanese title is missing says its texts are English.
        Assert.Contains("<title>Session 2</title>", xml);
        Assert.Contains("<language>en</language>", xml);
    }

    [Fact]
    public async Task Japanese_pages_cost_at_most_three_SQL_queries_when_not_cached()
    {
        await using var uncached = new SummitFactory();
        uncached.Settings["Site:CachePages"] = "false";
        uncached.Settings["Site:CacheData"] = "false";
        var client = uncached.CreateVisitor();
        // The header's links are loaded once per content change, not per page.
        await client.GetAsync(Overview);

        foreach (var path in new[] { Overview, Program, OpeningCeremony, Communique })
        {
            uncached.Queries.Reset();
            await client.GetPageAsync(path);
            Assert.True(uncached.Queries.Count <= 3, $"{path} ran {uncached.Queries.Count} queries");
        }
    }
}
