using System.Globalization;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// Dates, times and labels as visitors read them, in the language of the page: United States style
/// dates in English, 2023年2月27日（月） in Japanese. Labels are the site's words, translated through
/// the same resource file as the views' <c>T[…]</c> (the English is the key).
/// </summary>
public static class Display
{
    public static readonly CultureInfo Culture = SiteLanguages.English;

    private static readonly CultureInfo Japanese = SiteLanguages.Japanese;

    private static IStringLocalizer Words => SharedResource.Words;

    /// <summary>A word of the site in the page's language: the same as <c>T["…"]</c> in a view.</summary>
    public static string T(string english) => SiteLanguages.IsJapanese ? Words[english].Value : english;

    /// <summary>A phrase with placeholders ("{0} cities") in the page's language.</summary>
    public static string T(string english, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, T(english), arguments);

    /// <summary>"February 27 – March 1, 2023"; 「2023年2月27日（月）～3月1日（水）」.</summary>
    public static string DateRange(DateOnly start, DateOnly end)
    {
        if (SiteLanguages.IsJapanese)
        {
            return start == end ? Day(start)
                : start.Year == end.Year ? $"{Day(start)}～{ShortDay(end)}"
                : $"{Day(start)}～{Day(end)}";
        }

        if (start == end)
        {
            return start.ToString("MMMM d, yyyy", Culture);
        }

        return start.Year == end.Year
            ? $"{start.ToString("MMMM d", Culture)} – {end.ToString("MMMM d, yyyy", Culture)}"
            : $"{start.ToString("MMMM d, yyyy", Culture)} – {end.ToString("MMMM d, yyyy", Culture)}";
    }

    /// <summary>"Tuesday, February 28, 2023"; 「2023年2月28日（火）」.</summary>
    public static string Day(DateOnly date) => SiteLanguages.IsJapanese
        ? date.ToString("yyyy年M月d日（ddd）", Japanese)
        : date.ToString("dddd, MMMM d, yyyy", Culture);

    /// <summary>"February 28"; 「2月28日（火）」.</summary>
    public static string ShortDay(DateOnly date) => SiteLanguages.IsJapanese
        ? date.ToString("M月d日（ddd）", Japanese)
        : date.ToString("MMMM d", Culture);

    /// <summary>Brackets around an aside: "(…)" in English, full-width 「（…）」 in Japanese.</summary>
    public static (string Open, string Close) Brackets => SiteLanguages.IsJapanese ? ("（", "）") : ("(", ")");

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Label(Continent continent) => continent switch
    {
        Continent.Africa => T("Africa"),
        Continent.Americas => T("The Americas"),
        Continent.Asia => T("Asia"),
        Continent.Europe => T("Europe"),
        Continent.Oceania => T("Oceania"),
        _ => continent.ToString(),
    };

    public static string Label(EventFormat format) => format switch
    {
        EventFormat.Hybrid => T("Hybrid event hosted at the venue and online"),
        EventFormat.Online => T("Online event"),
        _ => T("In-person event"),
    };

    /// <summary>A format in a few words, for lists of meetings: "Hybrid", 「オンライン開催」.</summary>
    public static string Brief(EventFormat format) => format switch
    {
        EventFormat.Hybrid => T("Hybrid"),
        EventFormat.Online => T("Held online"),
        _ => T("In person"),
    };

    /// <summary>The kind of a meeting: "Leaders' summit", 「首長級会議」.</summary>
    public static string Label(EventKind kind) => kind switch
    {
        EventKind.LeadersSummit => T("Leaders' summit"),
        EventKind.SeniorOfficialsMeeting => T("Senior officials' meeting"),
        EventKind.WorkingGroupMeeting => T("Working group meeting"),
        EventKind.SiteVisit => T("Staff site visit"),
        _ => kind.ToString(),
    };

    /// <summary>A level G-NETS meets at, named as the host names it in Japanese: 首長級会議, 実務責任者級会議, 実務担当者級.</summary>
    public static string Label(EventLevel level) => level switch
    {
        EventLevel.Leaders => T("Leaders"),
        EventLevel.SeniorOfficials => T("Senior officials"),
        EventLevel.WorkingLevel => T("Working-level staff"),
        _ => level.ToString(),
    };

    /// <summary>Who meets at a level and how often, in one sentence.</summary>
    public static string About(EventLevel level) => level switch
    {
        EventLevel.Leaders => T("Governors, mayors and other heads of city governments; planned every two years."),
        EventLevel.SeniorOfficials => T("Senior officials of member cities; planned every year, and a leaders' meeting is prepared at one."),
        EventLevel.WorkingLevel => T("Member cities' working-level staff, in online working-group meetings and webinars (planned every year) and in joint visits."),
        _ => "",
    };

    public static string Label(ProgramItemKind kind) => kind switch
    {
        ProgramItemKind.SiteVisit => T("Site visit"),
        ProgramItemKind.Ceremony => T("Ceremony"),
        ProgramItemKind.Keynote => T("Keynote"),
        ProgramItemKind.VideoMessages => T("Video messages"),
        ProgramItemKind.Session => T("Session"),
        ProgramItemKind.Plenary => T("Plenary"),
        ProgramItemKind.Announcement => T("Announcement"),
        ProgramItemKind.Break => T("Break"),
        ProgramItemKind.Other => T("Other"),
        _ => kind.ToString(),
    };

    public static string Label(AppearanceMode appearance) => appearance switch
    {
        AppearanceMode.VideoMessage => T("Video message"),
        AppearanceMode.Online => T("Online"),
        _ => T("In person"),
    };

    /// <summary>A person's role on a program item, as a label ("Moderator", "Opening greeting").</summary>
    public static string Label(PersonRole role, ProgramItemKind kind) => role switch
    {
        PersonRole.Moderator => T("Moderator"),
        PersonRole.Greeting => kind == ProgramItemKind.Ceremony ? T("Opening greeting") : T("Greeting"),
        PersonRole.Participant => T("Attended"),
        _ => kind == ProgramItemKind.Keynote ? T("Keynote speaker") : T("Speaker"),
    };

    /// <summary>The role as staff read it in a sentence: "Moderates Session 1", "Attends Session 1".</summary>
    public static string Doing(PersonRole role) => role switch
    {
        PersonRole.Moderator => T("Moderates"),
        PersonRole.Greeting => T("Gives a greeting in"),
        PersonRole.Participant => T("Attends"),
        _ => T("Speaks in"),
    };

    public static string Label(PersonRole role) => role switch
    {
        PersonRole.Moderator => T("Moderator"),
        PersonRole.Greeting => T("Greeting"),
        PersonRole.Participant => T("Attended"),
        _ => T("Speaker"),
    };

    /// <summary>
    /// What follows the number in "26 at the venue", "6 online", "4 by video message";
    /// in Japanese 「26都市（会場参加）」 (the counter follows the number without a space).
    /// </summary>
    public static string Counted(ParticipationKindView kind) => SiteLanguages.IsJapanese
        ? $"{T("Cities")}{Brackets.Open}{kind.Name.Text}{Brackets.Close}"
        : kind.Phrase.Text;

    /// <summary>
    /// A title inside a sentence: "at the 1st G-NETS Leaders Summit", not "at The 1st …". Only a
    /// leading article is lowered; the rest of the title is kept as written. Japanese has no articles.
    /// </summary>
    public static string InSentence(string title) =>
        !SiteLanguages.IsJapanese && title.StartsWith("The ", StringComparison.Ordinal) ? "the " + title[4..] : title;

    /// <summary>A stored title inside a sentence, keeping its language mark when it fell back to English.</summary>
    public static Localized InSentence(Localized title) =>
        title with { Text = title.IsFallback ? SiteLanguages.In(SiteLanguage.En, () => InSentence(title.Text)) : InSentence(title.Text) };

    /// <summary>
    /// Text ended by one full stop: "… of Euglena Co., Ltd." gets no second one. In Japanese the stop
    /// is 「。」, and text already ending in a stop of either language gets none.
    /// </summary>
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？')
        {
            return trimmed;
        }

        return trimmed + (SiteLanguages.IsJapanese ? "。" : ".");
    }

    /// <summary>"at the venue and online", "at the venue and by video message"; 「会場で参加、オンラインで参加」.</summary>
    public static string HowTookPart(IEnumerable<ParticipationKindView> kinds) =>
        List(kinds.OrderBy(k => k.SortOrder).Select(k => k.Phrase.Text));

    /// <summary>"a", "a and b", "a, b and c"; in Japanese 「a、b、c」 (no word for "and").</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        if (SiteLanguages.IsJapanese)
        {
            return string.Join("、", list);
        }

        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}",
        };
    }

    /// <summary>Stored texts in a list (names, titles), as text for descriptions and feeds.</summary>
    public static string List(IEnumerable<Localized> items) => List(items.Select(i => i.Text));

    private static readonly string[] SmallNumbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>"five" for 5, as in "34 cities on five continents"; figures from 11 up. Japanese always uses figures (34都市、5大陸).</summary>
    public static string InWords(int number) =>
        !SiteLanguages.IsJapanese && number >= 0 && number < SmallNumbers.Length ? SmallNumbers[number] : number.ToString(Culture);

    /// <summary>
    /// Fills the counting placeholders content may use, so typed numbers never disagree with the data:
    /// "{{city_count}} cities on {{continent_count}} continents" → "34 cities on five continents",
    /// 「{{city_count}}都市、{{continent_count}}大陸」 → 「34都市、5大陸」.
    /// </summary>
    public static string ExpandCounts(string text, int cityCount, int continentCount) =>
        text.Replace("{{city_count}}", cityCount.ToString(Culture), StringComparison.Ordinal)
            .Replace("{{continent_count}}", InWords(continentCount), StringComparison.Ordinal);
}
