using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

/// <summary>Dates, times, counts, lists and labels as the Japanese pages write them; the English stays as it was.</summary>
public sealed class JapaneseDisplayTests
{
    private static T InJapanese<T>(Func<T> work) => SiteLanguages.In(SiteLanguage.Ja, work);

    private static T InEnglish<T>(Func<T> work) => SiteLanguages.In(SiteLanguage.En, work);

    [Fact]
    public void A_date_range_is_written_with_year_month_day_and_weekday_in_Japanese()
    {
        Assert.Equal("2023年2月27日（月）～3月1日（水）", InJapanese(() => Display.DateRange(new(2023, 2, 27), new(2023, 3, 1))));
        Assert.Equal("2023年2月28日（火）", InJapanese(() => Display.DateRange(new(2023, 2, 28), new(2023, 2, 28))));
        Assert.Equal("2023年12月31日（日）～2024年1月1日（月）", InJapanese(() => Display.DateRange(new(2023, 12, 31), new(2024, 1, 1))));
        Assert.Equal("2月28日（火）", InJapanese(() => Display.ShortDay(new(2023, 2, 28))));
    }

    [Fact]
    public void English_dates_are_unchanged()
    {
        Assert.Equal("February 27 – March 1, 2023", InEnglish(() => Display.DateRange(new(2023, 2, 27), new(2023, 3, 1))));
        Assert.Equal("Tuesday, February 28, 2023", InEnglish(() => Display.Day(new(2023, 2, 28))));
    }

    [Fact]
    public void A_time_is_written_with_the_zones_Japanese_name_in_full_width_brackets()
    {
        var slot = EventTime.Slot(new DateTime(2023, 2, 28, 0, 15, 0), new DateTime(2023, 2, 28, 0, 25, 0), "Asia/Tokyo", "Japan Standard Time", "日本時間")!;

        Assert.Equal("9:15–9:25（日本時間）", InJapanese(() => slot.Text));
        Assert.Equal("09:15–09:25 JST", InEnglish(() => slot.Text));
        Assert.Equal("2023-02-28T09:15+09:00", slot.StartIso);
    }

    [Fact]
    public void A_zone_without_a_Japanese_name_falls_back_to_the_English_abbreviation_marked_as_English()
    {
        var slot = EventTime.Slot(new DateTime(2023, 2, 28, 0, 15, 0), null, "Asia/Tokyo", "Japan Standard Time")!;

        var zone = InJapanese(() => slot.Zone);
        Assert.Equal("JST", zone.Text);
        Assert.True(zone.IsFallback);
        Assert.Equal("9:15（JST）", InJapanese(() => slot.Text));
    }

    [Fact]
    public void Lists_are_joined_with_the_Japanese_comma_and_no_word_for_and()
    {
        Assert.Equal("東京、パリ、ニューヨーク", InJapanese(() => Display.List(["東京", "パリ", "ニューヨーク"])));
        Assert.Equal("Tokyo, Paris and New York", InEnglish(() => Display.List(["Tokyo", "Paris", "New York"])));
    }

    [Fact]
    public void Counts_are_figures_in_Japanese()
    {
        Assert.Equal("34都市、5大陸", InJapanese(() => Display.ExpandCounts("{{city_count}}都市、{{continent_count}}大陸", 34, 5)));
        Assert.Equal("34 cities on five continents", InEnglish(() => Display.ExpandCounts("{{city_count}} cities on {{continent_count}} continents", 34, 5)));
        Assert.Equal("5", InJapanese(() => Display.InWords(5)));
    }

    [Fact]
    public void A_Japanese_sentence_ends_with_a_Japanese_full_stop_once()
    {
        Assert.Equal("ユーグレナ創業者。", InJapanese(() => Display.Sentence("ユーグレナ創業者")));
        Assert.Equal("ユーグレナ創業者。", InJapanese(() => Display.Sentence("ユーグレナ創業者。")));
        Assert.Equal("第1回G-NETS首長級会議", InJapanese(() => Display.InSentence("第1回G-NETS首長級会議")));
        Assert.Equal("the 1st G-NETS Leaders Summit", InEnglish(() => Display.InSentence("The 1st G-NETS Leaders Summit")));
    }

    [Fact]
    public void Program_kinds_have_Japanese_labels_and_a_way_of_taking_part_counts_in_Japanese()
    {
        var venue = new ParticipationKindView("venue", 0, "At the venue", "会場参加", "at the venue", "会場で参加");
        Assert.Equal("基調講演", InJapanese(() => Display.Label(ProgramItemKind.Keynote)));
        Assert.Equal("モデレーター", InJapanese(() => Display.Label(PersonRole.Moderator, ProgramItemKind.Session)));
        Assert.Equal("at the venue", InEnglish(() => Display.Counted(venue)));
        Assert.Equal("34都市（会場参加）", InJapanese(() => "34" + Display.Counted(venue)));
    }
}
