namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>
/// The facts of the source text (Fixtures/seed.txt, a copy of the page the site replaces), read from
/// the text itself so the tests compare the site with the seed rather than with a second hand-typed list.
/// </summary>
public sealed class SeedFacts
{
    private SeedFacts(string[] lines)
    {
        Lines = lines;
    }

    public string[] Lines { get; }

    public static SeedFacts Load() =>
        new(File.ReadAllLines(RepositoryPaths.Fixture("seed.txt")).Select(l => l.Trim()).ToArray());

    public IReadOnlyList<string> AtTheVenue => ListAfter("■At the venue");
    public IReadOnlyList<string> Online => ListAfter("■Online");
    public IReadOnlyList<string> VideoMessages => ListAfter("■Video messages");

    /// <summary>Distinct cities across the three lists; "NewYork" and "New York" are one city.</summary>
    public IReadOnlyList<string> AllCities =>
        AtTheVenue.Concat(Online).Concat(VideoMessages).DistinctBy(Key).ToList();

    /// <summary>"Session 6 Participating cities:" then "▶..." lines up to the next blank line or heading.</summary>
    public IReadOnlyList<string> SessionCities(int number)
    {
        var start = Array.FindIndex(Lines, l => l.StartsWith($"Session {number} Participating cities", StringComparison.Ordinal));
        var names = new List<string>();
        for (var i = start + 1; i < Lines.Length && Lines[i].Length > 0 && !Lines[i].StartsWith("Session", StringComparison.Ordinal); i++)
        {
            names.AddRange(Split(Lines[i].TrimStart('▶')));
        }

        return names;
    }

    /// <summary>The communiqué's points: every "● ..." paragraph.</summary>
    public IReadOnlyList<string> CommuniquePoints =>
        Lines.Where(l => l.StartsWith('●')).Select(l => l.TrimStart('●').Trim()).ToList();

    /// <summary>The themed headings of the communiqué: 【...】.</summary>
    public IReadOnlyList<string> CommuniqueHeadings =>
        Lines.Where(l => l.StartsWith('【')).Select(l => l.Trim('【', '】')).ToList();

    /// <summary>Comparison key for a city name: "NewYork" and "New York" are the same city.</summary>
    public static string Key(string name) => name.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private IReadOnlyList<string> ListAfter(string heading)
    {
        var index = Array.FindIndex(Lines, l => l.EndsWith(heading, StringComparison.Ordinal));
        return index < 0 ? [] : Split(Lines[index + 1]);
    }

    private static List<string> Split(string line) =>
        line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
