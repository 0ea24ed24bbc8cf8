using System.Globalization;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>Dates, times and labels as visitors read them. The site is in English (United States style dates).</summary>
public static class Display
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"February 27 – March 1, 2023".</summary>
    public static string DateRange(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return start.ToString("MMMM d, yyyy", Culture);
        }

        return start.Year == end.Year
            ? $"{start.ToString("MMMM d", Culture)} – {end.ToString("MMMM d, yyyy", Culture)}"
            : $"{start.ToString("MMMM d, yyyy", Culture)} – {end.ToString("MMMM d, yyyy", Culture)}";
    }

    /// <summary>"Tuesday, February 28, 2023".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", Culture);

    /// <summary>"February 28".</summary>
    public static string ShortDay(DateOnly date) => date.ToString("MMMM d", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Label(ParticipationMode mode) => mode switch
    {
        ParticipationMode.Venue => "At the venue",
        ParticipationMode.Online => "Online",
        ParticipationMode.VideoMessage => "Video message",
        _ => mode.ToString(),
    };

    public static string Label(Continent continent) => continent switch
    {
        Continent.Americas => "The Americas",
        _ => continent.ToString(),
    };

    public static string Label(EventFormat format) => format switch
    {
        EventFormat.Hybrid => "Hybrid event hosted at the venue and online",
        EventFormat.Online => "Online event",
        _ => "In-person event",
    };

    public static string Label(ProgramItemKind kind) => kind switch
    {
        ProgramItemKind.SiteVisit => "Site visit",
        ProgramItemKind.VideoMessages => "Video messages",
        _ => kind.ToString(),
    };

    public static string Label(AppearanceMode appearance) => appearance switch
    {
        AppearanceMode.VideoMessage => "Video message",
        AppearanceMode.Online => "Online",
        _ => "In person",
    };

    /// <summary>A person's role on a program item, as a label ("Moderator", "Opening greeting").</summary>
    public static string Label(PersonRole role, ProgramItemKind kind) => role switch
    {
        PersonRole.Moderator => "Moderator",
        PersonRole.Greeting => kind == ProgramItemKind.Ceremony ? "Opening greeting" : "Greeting",
        PersonRole.Participant => "Attended",
        _ => kind == ProgramItemKind.Keynote ? "Keynote speaker" : "Speaker",
    };

    /// <summary>The role as staff read it in a sentence: "Moderates Session 1", "Attends Session 1".</summary>
    public static string Doing(PersonRole role) => role switch
    {
        PersonRole.Moderator => "Moderates",
        PersonRole.Greeting => "Gives a greeting in",
        PersonRole.Participant => "Attends",
        _ => "Speaks in",
    };

    public static string Label(PersonRole role) => role switch
    {
        PersonRole.Greeting => "Greeting",
        PersonRole.Participant => "Attended",
        _ => role.ToString(),
    };

    /// <summary>What follows the number in "26 at the venue", "6 online", "4 video messages", "1 video message".</summary>
    public static string Counted(ParticipationMode mode, int count) => mode switch
    {
        ParticipationMode.Venue => "at the venue",
        ParticipationMode.Online => "online",
        _ => count == 1 ? "video message" : "video messages",
    };

    /// <summary>
    /// A title inside a sentence: "at the 1st G-NETS Leaders Summit", not "at The 1st …". Only a
    /// leading article is lowered; the rest of the title is kept as written.
    /// </summary>
    public static string InSentence(string title) =>
        title.StartsWith("The ", StringComparison.Ordinal) ? "the " + title[4..] : title;

    /// <summary>Text ended by one full stop: "… of Euglena Co., Ltd." gets no second one.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }

    /// <summary>"at the venue and online", "at the venue and by video message".</summary>
    public static string HowTookPart(IEnumerable<ParticipationMode> modes) =>
        List(modes.Select(mode => mode switch
        {
            ParticipationMode.Venue => "at the venue",
            ParticipationMode.Online => "online",
            _ => "by video message",
        }));

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}",
        };
    }

    private static readonly string[] SmallNumbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>"five" for 5, as in "34 cities on five continents"; figures from 11 up.</summary>
    public static string InWords(int number) =>
        number >= 0 && number < SmallNumbers.Length ? SmallNumbers[number] : number.ToString(Culture);

    /// <summary>Fills the counting placeholders content may use, so typed numbers never disagree with the data.</summary>
    public static string ExpandCounts(string text, int cityCount, int continentCount) =>
        text.Replace("{{city_count}}", cityCount.ToString(Culture), StringComparison.Ordinal)
            .Replace("{{continent_count}}", InWords(continentCount), StringComparison.Ordinal);
}
