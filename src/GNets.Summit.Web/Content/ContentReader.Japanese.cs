using System.Text;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Content;

/// <summary>
/// The Japanese half of content/: a sidecar beside each English file, with the same name and ".ja" before
/// the extension (people/koike-yuriko.md → people/koike-yuriko.ja.md, program.yml → program.ja.yml).
/// A sidecar holds only the Japanese texts and names the records it translates (by file, slug, date or
/// city and person), so the facts (dates, slugs, lists) live in one place, the English file.
/// </summary>
/// <remarks>
/// Every sidecar may say <c>status: draft</c> (the default) or <c>status: reviewed</c>; an entry of a
/// YAML sidecar may override its file's status. A sidecar naming something the English file does not
/// have, a field it does not know, a list where a text belongs or another status fails the import
/// with the file, line and field, like the English files.
/// </remarks>
internal sealed partial class ContentReader
{
    private const string Japanese = ".ja";

    /// <summary>"about.md" → "about.ja.md": where the Japanese of an English file lives.</summary>
    internal static string SidecarOf(string englishPath) =>
        Path.Combine(Path.GetDirectoryName(englishPath) ?? "", Path.GetFileNameWithoutExtension(englishPath) + Japanese + Path.GetExtension(englishPath));

    private static bool IsSidecar(string path) =>
        Path.GetFileNameWithoutExtension(path).EndsWith(Japanese, StringComparison.Ordinal);

    /// <summary>The English Markdown files of a folder, in file-name order (their sidecars are read with them).</summary>
    private static IEnumerable<string> EnglishMarkdownFiles(string dir) =>
        Directory.GetFiles(dir, "*.md").Where(f => !IsSidecar(f)).Order(StringComparer.Ordinal);

    private static TranslationStatus StatusOf(YamlMap map, TranslationStatus fileStatus) =>
        map.Choice("status", fileStatus);

    private static string? Body(string body) => string.IsNullOrWhiteSpace(body) ? null : body;

    /// <summary>Reads a Markdown sidecar when there is one.</summary>
    private (YamlMap Map, string? Body)? ReadJapaneseFrontMatter(string englishPath, string what)
    {
        var sidecar = SidecarOf(englishPath);
        if (!File.Exists(sidecar))
        {
            return null;
        }

        var (map, body) = ReadFrontMatter(sidecar, what);
        return (map, Body(body));
    }

    /// <summary>Reads a YAML sidecar's top level when there is one.</summary>
    private YamlMap? ReadJapaneseYaml(string englishPath, string what)
    {
        var sidecar = SidecarOf(englishPath);
        if (!File.Exists(sidecar))
        {
            return null;
        }

        var file = Display(sidecar);
        return YamlMap.From(file, YamlMap.Parse(file, File.ReadAllText(sidecar, Encoding.UTF8), 0), 0, what);
    }

    private JaPerson? ReadPersonJa(string englishPath)
    {
        if (ReadJapaneseFrontMatter(englishPath, "a person's Japanese texts") is not { } found)
        {
            return null;
        }

        var (map, body) = found;

        var ja = new JaPerson(
            map.OptionalText("name"), map.OptionalText("honorific"), map.OptionalText("position"),
            map.OptionalText("organisation"), map.OptionalText("photo_alt"), body, StatusOf(map, TranslationStatus.Draft));
        map.EnsureNoUnknownFields();
        return ja;
    }

    private JaPage? ReadPageJa(string englishPath)
    {
        if (ReadJapaneseFrontMatter(englishPath, "a page's Japanese texts") is not { } found)
        {
            return null;
        }

        var (map, body) = found;

        var ja = new JaPage(map.OptionalText("title"), map.OptionalText("summary"), body, StatusOf(map, TranslationStatus.Draft));
        map.EnsureNoUnknownFields();
        return ja;
    }

    private JaNews? ReadNewsJa(string englishPath)
    {
        if (ReadJapaneseFrontMatter(englishPath, "a news post's Japanese texts") is not { } found)
        {
            return null;
        }

        var (map, body) = found;
        var ja = new JaNews(map.OptionalText("title"), map.OptionalText("summary"), body, StatusOf(map, TranslationStatus.Draft));
        map.EnsureNoUnknownFields();
        return ja;
    }

    private JaEvent? ReadEventJa(string englishPath)
    {
        if (ReadJapaneseFrontMatter(englishPath, "an event's Japanese texts") is not { } found)
        {
            return null;
        }

        var (map, body) = found;

        var venue = map.OptionalMap("venue", "the venue's Japanese name (name: …)");
        var ja = new JaEvent(
            map.OptionalText("title"), map.OptionalText("short_title"), map.OptionalText("theme"),
            map.OptionalText("summary"), body, map.OptionalText("time_zone_name"), map.OptionalText("host"),
            venue?.OptionalText("name"), StatusOf(map, TranslationStatus.Draft))
        {
            ParticipationNote = map.OptionalText("participation_note"),
        };
        venue?.EnsureNoUnknownFields();
        map.EnsureNoUnknownFields();
        return ja;
    }

    private JaCommunique? ReadCommuniqueJa(string englishPath)
    {
        if (ReadJapaneseYaml(englishPath, "the communiqué's Japanese title") is not { } map)
        {
            return null;
        }

        var ja = new JaCommunique(map.OptionalText("title"), map.OptionalText("subtitle"), StatusOf(map, TranslationStatus.Draft));
        map.EnsureNoUnknownFields();
        return ja;
    }

    private JaSection? ReadSectionJa(string englishPath)
    {
        if (ReadJapaneseFrontMatter(englishPath, "a communiqué section's Japanese texts") is not { } found)
        {
            return null;
        }

        var (map, body) = found;

        var ja = new JaSection(map.OptionalText("heading"), body, StatusOf(map, TranslationStatus.Draft));
        map.EnsureNoUnknownFields();
        return ja;
    }

    /// <summary>participation-kinds.ja.yml: <c>kinds: {slug: {name, phrase}}</c>.</summary>
    private List<ParticipationKindContent> WithJapanese(List<ParticipationKindContent> kinds, string englishPath)
    {
        if (ReadJapaneseYaml(englishPath, "the Japanese names of the ways of taking part (status, kinds)") is not { } map)
        {
            return kinds;
        }

        var fileStatus = StatusOf(map, TranslationStatus.Draft);
        var bySlug = new Dictionary<string, JaParticipationKind>(StringComparer.Ordinal);
        foreach (var entry in map.Keyed("kinds", "a way of taking part"))
        {
            if (kinds.All(k => k.Slug != entry.Key))
            {
                throw entry.Source.Error($"'{entry.Key}' is not a way of taking part in participation-kinds.yml");
            }

            bySlug[entry.Key] = new JaParticipationKind(entry.Map.OptionalText("name"), entry.Map.OptionalText("phrase"), StatusOf(entry.Map, fileStatus));
            entry.Map.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return kinds.Select(k => bySlug.TryGetValue(k.Slug, out var ja) ? k with { Ja = ja } : k).ToList();
    }

    /// <summary>cities.ja.yml: <c>cities: {slug: {name, country}}</c>.</summary>
    private List<CityContent> WithJapanese(List<CityContent> cities, string englishPath)
    {
        if (ReadJapaneseYaml(englishPath, "the cities' Japanese names (status, cities)") is not { } map)
        {
            return cities;
        }

        var fileStatus = StatusOf(map, TranslationStatus.Draft);
        var bySlug = new Dictionary<string, JaCity>(StringComparer.Ordinal);
        var known = cities.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in map.Keyed("cities", "a city"))
        {
            if (!known.Contains(entry.Key))
            {
                throw entry.Source.Error($"'{entry.Key}' is not a city in content/cities.yml");
            }

            bySlug[entry.Key] = new JaCity(entry.Map.OptionalText("name"), entry.Map.OptionalText("country"), StatusOf(entry.Map, fileStatus));
            entry.Map.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return cities.Select(c => bySlug.TryGetValue(c.Slug, out var ja) ? c with { Ja = ja } : c).ToList();
    }

    /// <summary>program.ja.yml: <c>themes</c> by slug, <c>days</c> by date, <c>items</c> by slug.</summary>
    private (List<ThemeContent>, List<DayContent>) WithJapanese(List<ThemeContent> themes, List<DayContent> days, string englishPath)
    {
        if (ReadJapaneseYaml(englishPath, "the program's Japanese texts (status, themes, days, items)") is not { } map)
        {
            return (themes, days);
        }

        var fileStatus = StatusOf(map, TranslationStatus.Draft);

        var themeJa = new Dictionary<string, JaTheme>(StringComparer.Ordinal);
        foreach (var entry in map.Keyed("themes", "a theme"))
        {
            if (themes.All(t => t.Slug != entry.Key))
            {
                throw entry.Source.Error($"'{entry.Key}' is not a theme in program.yml ({string.Join(", ", themes.Select(t => t.Slug))})");
            }

            themeJa[entry.Key] = new JaTheme(entry.Map.OptionalText("name"), StatusOf(entry.Map, fileStatus));
            entry.Map.EnsureNoUnknownFields();
        }

        var dayJa = new Dictionary<string, JaDay>(StringComparer.Ordinal);
        foreach (var entry in map.Keyed("days", "a day"))
        {
            if (days.All(d => Features.Shared.Display.IsoDate(d.Date) != entry.Key))
            {
                throw entry.Source.Error($"'{entry.Key}' is not a day in program.yml (a date like 2023-02-28)");
            }

            dayJa[entry.Key] = new JaDay(entry.Map.OptionalText("title"), entry.Map.OptionalText("note"), StatusOf(entry.Map, fileStatus));
            entry.Map.EnsureNoUnknownFields();
        }

        var itemJa = new Dictionary<string, JaItem>(StringComparer.Ordinal);
        var itemSlugs = days.SelectMany(d => d.Items).Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in map.Keyed("items", "a program item"))
        {
            if (!itemSlugs.Contains(entry.Key))
            {
                throw entry.Source.Error($"'{entry.Key}' is not a program item in program.yml");
            }

            itemJa[entry.Key] = new JaItem(
                entry.Map.OptionalText("title"), entry.Map.OptionalText("note"), entry.Map.OptionalText("description"),
                StatusOf(entry.Map, fileStatus));
            entry.Map.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return (
            themes.Select(t => t with { Ja = themeJa.GetValueOrDefault(t.Slug) }).ToList(),
            days.Select(d => d with
            {
                Ja = dayJa.GetValueOrDefault(Features.Shared.Display.IsoDate(d.Date)),
                Items = d.Items.Select(i => i with { Ja = itemJa.GetValueOrDefault(i.Slug) }).ToList(),
            }).ToList());
    }

    /// <summary>representatives.ja.yml: a list of <c>{city, person, title, government, note}</c>, naming entries of representatives.yml.</summary>
    private List<RepresentativeContent> WithJapanese(List<RepresentativeContent> representatives, string englishPath)
    {
        if (ReadJapaneseYaml(englishPath, "the representatives' Japanese texts (status, representatives)") is not { } map)
        {
            return representatives;
        }

        var fileStatus = StatusOf(map, TranslationStatus.Draft);
        var byKey = new Dictionary<(string, string), JaRepresentative>();
        foreach (var entry in map.Maps("representatives", "a representative (city, person, title)"))
        {
            var city = entry.Slug("city");
            var person = entry.Slug("person");
            if (!representatives.Any(r => r.CitySlug == city && r.PersonSlug == person))
            {
                throw entry.Error("person", $"'{person}' does not represent '{city}' in representatives.yml");
            }

            if (!byKey.TryAdd((city, person), new JaRepresentative(
                    entry.OptionalText("title"), entry.OptionalText("government"), entry.OptionalText("note"), StatusOf(entry, fileStatus))))
            {
                throw entry.Error("person", $"'{person}' is listed twice for '{city}'");
            }

            entry.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return representatives.Select(r => r with { Ja = byKey.GetValueOrDefault((r.CitySlug, r.PersonSlug)) }).ToList();
    }

    /// <summary>
    /// Every Japanese sidecar under content/ must sit beside the English file it translates, and that file
    /// must be one with texts (a participation list has none): a sidecar the import would not read is an error.
    /// </summary>
    private void EnsureEverySidecarHasItsEnglish()
    {
        foreach (var sidecar in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsSidecar).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(sidecar)[..^Japanese.Length] + Path.GetExtension(sidecar);
            if (!File.Exists(Path.Combine(Path.GetDirectoryName(sidecar)!, name)))
            {
                throw new ContentException(Display(sidecar), 0, null,
                    $"translates {name}, which does not exist here (a Japanese file sits beside the English file it translates)");
            }

            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(sidecar)!).Replace('\\', '/').Split('/');
            var markdown = Path.GetExtension(name) == ".md";
            var read = folder switch
            {
                ["."] => name is "cities.yml" or "participation-kinds.yml",
                ["people"] or ["pages"] or ["news"] => markdown,
                ["events", _] => name is "event.md" or "program.yml" or "representatives.yml",
                ["events", _, "communique"] => markdown || name == "communique.yml",
                _ => false,
            };
            if (!read)
            {
                throw new ContentException(Display(sidecar), 0, null,
                    $"is not read: {name} has no texts to translate here (see README, content/: Japanese)");
            }
        }
    }
}
