using System.Text;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Content;

/// <summary>
/// Reads content/ into a <see cref="ContentSet"/>. Every file is parsed and every reference between
/// files is checked before anything touches the database, so a bad file stops the import whole.
/// </summary>
/// <remarks>
/// Layout:
/// <code>
/// content/cities.yml                       every member city
/// content/participation-kinds.yml          the ways a city can take part, in display order
/// content/people/&lt;slug&gt;.md                 one person each (front matter + biography)
/// content/pages/&lt;slug&gt;.md                  one page each
/// content/events/&lt;slug&gt;/event.md            the event (front matter + intro)
/// content/events/&lt;slug&gt;/participation.yml  how cities took part
/// content/events/&lt;slug&gt;/program.yml        themes, days and items
/// content/events/&lt;slug&gt;/communique/        communique.yml + one Markdown file per section
/// </code>
/// Each file may have a Japanese sidecar beside it (about.md → about.ja.md, program.yml → program.ja.yml),
/// read by the other half of this class (ContentReader.Japanese.cs).
/// </remarks>
internal sealed partial class ContentReader
{
    private readonly string root;
    private readonly string displayBase;

    private ContentReader(string root)
    {
        this.root = Path.GetFullPath(root);
        displayBase = Path.GetDirectoryName(this.root.TrimEnd(Path.DirectorySeparatorChar)) ?? this.root;
    }

    public static ContentSet Read(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new ContentException(root, 0, null, "the content folder does not exist");
        }

        return new ContentReader(root).ReadAll();
    }

    private ContentSet ReadAll()
    {
        EnsureEverySidecarHasItsEnglish();
        var cities = WithJapanese(ReadCities(Path.Combine(root, "cities.yml")), Path.Combine(root, "cities.yml"));
        var people = ReadFolder("people", ReadPerson, p => p.Slug);
        var pages = ReadFolder("pages", ReadPage, p => p.Slug);
        var kinds = WithJapanese(ReadParticipationKinds(Path.Combine(root, "participation-kinds.yml")), Path.Combine(root, "participation-kinds.yml"));
        kindSlugs = kinds.Select(k => k.Slug).ToList();
        var citySlugs = cities.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var personSlugs = people.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

        var eventsDir = Path.Combine(root, "events");
        var events = Directory.Exists(eventsDir)
            ? Directory.GetDirectories(eventsDir).Order(StringComparer.Ordinal)
                .Select(dir => ReadEvent(dir, citySlugs, personSlugs)).ToList()
            : [];

        EnsureUnique(events.Select(e => (e.Slug, Display(Path.Combine(eventsDir, e.Slug, "event.md")))), "event");
        if (events.Count(e => e.IsFeatured) > 1)
        {
            throw new ContentException(Display(eventsDir), 0, "featured", "more than one event is marked featured: true");
        }

        return new ContentSet(cities, people, events, pages) { ParticipationKinds = kinds };
    }

    // The kinds' slugs in file order, for reading each event's participation.yml.
    private List<string> kindSlugs = [];

    private List<ParticipationKindContent> ReadParticipationKinds(string path)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            throw new ContentException(file, 0, null, "is missing");
        }

        var maps = YamlMap.ListFrom(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "a way of taking part");
        var kinds = new List<ParticipationKindContent>();
        foreach (var map in maps)
        {
            var kind = new ParticipationKindContent(map.Slug("slug"), map.Text("name"), map.Text("phrase"), kinds.Count);
            map.EnsureNoUnknownFields();
            if (kinds.Any(k => k.Slug == kind.Slug))
            {
                throw map.Error("slug", $"'{kind.Slug}' is used twice");
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    private List<CityContent> ReadCities(string path)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            throw new ContentException(file, 0, null, "is missing");
        }

        var maps = YamlMap.ListFrom(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "a city");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var cities = new List<CityContent>();
        foreach (var map in maps)
        {
            var city = new CityContent(
                map.Slug("slug"),
                map.Text("name"),
                map.Text("country"),
                CountryCode(map, "country_code"),
                map.Choice<Continent>("continent"),
                map.Choice("kind", CityKind.City),
                map.Number("latitude", -90, 90),
                map.Number("longitude", -180, 180));
            map.EnsureNoUnknownFields();
            if (!seen.TryAdd(city.Slug, map.Line))
            {
                throw map.Error("slug", $"'{city.Slug}' is used twice (first on line {seen[city.Slug]})");
            }

            cities.Add(city);
        }

        return cities;
    }

    private PersonContent ReadPerson(string path)
    {
        var (map, body) = ReadFrontMatter(path, "a person");
        var person = new PersonContent(
            map.Slug("slug"),
            map.OptionalText("honorific"),
            map.Text("given_name"),
            map.Text("family_name"),
            map.Choice("name_order", NameOrder.GivenFamily),
            map.Text("position"),
            map.OptionalText("organisation"),
            body);
        map.EnsureNoUnknownFields();
        return person with { Ja = ReadPersonJa(path) };
    }

    private PageContent ReadPage(string path)
    {
        var (map, body) = ReadFrontMatter(path, "a page");
        var page = new PageContent(map.Slug("slug"), map.Text("title"), map.Text("summary"), body, map.OptionalInt("footer_order"));
        map.EnsureNoUnknownFields();
        return page with { Ja = ReadPageJa(path) };
    }

    private EventContent ReadEvent(string dir, HashSet<string> citySlugs, HashSet<string> personSlugs)
    {
        var (map, intro) = ReadFrontMatter(Path.Combine(dir, "event.md"), "an event");
        var slug = map.Slug("slug");
        var start = map.Date("start_date");
        var end = map.Date("end_date");
        if (end < start)
        {
            throw map.Error("end_date", $"{end:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}");
        }

        var timeZoneId = map.Text("time_zone");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw map.Error("time_zone", $"'{timeZoneId}' is not an IANA time zone such as Asia/Tokyo");
        }

        var format = map.Choice<EventFormat>("format");

        // A meeting held only online may have no venue; any other needs at least the venue's name.
        var venueMap = map.OptionalMap("venue", "the venue");
        if (venueMap is null && format != EventFormat.Online)
        {
            throw map.Error("venue", "is required (at least its name) unless the event is format: online");
        }

        var venue = venueMap is null
            ? new VenueContent("", null, null, null, null, null)
            : new VenueContent(
                venueMap.Text("name"), venueMap.OptionalText("street"), venueMap.OptionalText("locality"),
                venueMap.OptionalText("region"), venueMap.OptionalText("postal_code"),
                venueMap.OptionalText("country_code") is null ? null : CountryCode(venueMap, "country_code"));
        venueMap?.EnsureNoUnknownFields();

        var header = new
        {
            Title = map.Text("title"),
            ShortTitle = map.Text("short_title"),
            // Not every meeting had a theme of its own (a senior officials' meeting, a site visit).
            Theme = map.OptionalText("theme") ?? "",
            Summary = map.Text("summary"),
            TimeZoneName = map.Text("time_zone_name"),
            Format = format,
            Status = map.Choice("status", EventStatus.Scheduled),
            Host = map.Text("host"),
            HostUrl = OptionalUrl(map, "host_url"),
            OnlineUrl = OptionalUrl(map, "online_url"),
            Featured = map.Flag("featured", false),
            Kind = map.Choice("kind", EventKind.LeadersSummit),
            ReportedCityCount = map.OptionalInt("reported_city_count"),
            SourceUrl = OptionalHttpsUrl(map, "source_url"),
            ParticipationNote = map.OptionalText("participation_note"),
        };
        if (header.ReportedCityCount is < 1)
        {
            throw map.SourceOf("reported_city_count").Error($"{header.ReportedCityCount} is not a count of cities (a whole number, 1 or more)");
        }

        map.EnsureNoUnknownFields();

        var participation = ReadParticipation(Path.Combine(dir, "participation.yml"), citySlugs);
        var listed = participation.Select(p => p.Item1).Distinct().Count();
        if (header.ReportedCityCount is { } reported && reported < listed)
        {
            // The host's count is there for lists that are incomplete; it can never be below the cities listed.
            throw map.SourceOf("reported_city_count").Error($"{reported} is fewer than the {listed} cities participation.yml lists");
        }
        var (themes, days) = ReadProgram(Path.Combine(dir, "program.yml"), start, end, timeZoneId, citySlugs, personSlugs);
        (themes, days) = WithJapanese(themes, days, Path.Combine(dir, "program.yml"));
        var communique = ReadCommunique(Path.Combine(dir, "communique"));
        var representatives = ReadRepresentatives(Path.Combine(dir, "representatives.yml"), citySlugs, personSlugs);
        representatives = WithJapanese(representatives, Path.Combine(dir, "representatives.yml"));

        return new EventContent(
            slug, header.Title, header.ShortTitle, header.Theme, header.Summary, intro, start, end,
            timeZoneId, header.TimeZoneName, header.Format, header.Status, header.Host, header.HostUrl,
            header.Featured, venue, header.OnlineUrl, participation, themes, days, communique)
        {
            Representatives = representatives,
            Kind = header.Kind,
            ReportedCityCount = header.ReportedCityCount,
            SourceUrl = header.SourceUrl,
            ParticipationNote = header.ParticipationNote,
            Ja = ReadEventJa(Path.Combine(dir, "event.md")),
        };
    }

    /// <summary>Who represented which city at the event, in the order the file lists them.</summary>
    private List<RepresentativeContent> ReadRepresentatives(string path, HashSet<string> citySlugs, HashSet<string> personSlugs)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var map = YamlMap.From(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "representatives");
        var result = new List<RepresentativeContent>();
        foreach (var entry in map.Maps("representatives", "a representative (city, person, title)"))
        {
            var city = entry.Slug("city");
            if (!citySlugs.Contains(city))
            {
                throw entry.Error("city", $"'{city}' is not a city in content/cities.yml");
            }

            var person = entry.Slug("person");
            if (!personSlugs.Contains(person))
            {
                throw entry.Error("person", $"'{person}' is not a person in content/people/");
            }

            if (result.Any(r => r.CitySlug == city && r.PersonSlug == person))
            {
                throw entry.Error("person", $"'{person}' is listed twice for '{city}'");
            }

            result.Add(new RepresentativeContent(city, person, entry.Text("title"), entry.OptionalText("government"),
                entry.OptionalText("note"), result.Count + 1));
            entry.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return result;
    }

    /// <summary>participation.yml: one list of city slugs per way of taking part, keyed by the kind's slug (venue, online, video_message …).</summary>
    private List<(string, string)> ReadParticipation(string path, HashSet<string> citySlugs)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var map = YamlMap.From(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "participation lists");
        var result = new List<(string, string)>();
        foreach (var mode in kindSlugs)
        {
            // YAML keys in content/ are snake_case; kind slugs are kebab-case.
            var field = mode.Replace('-', '_');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var city in map.Slugs(field))
            {
                if (!citySlugs.Contains(city.Slug))
                {
                    throw city.Source.Error($"'{city.Slug}' is not a city in content/cities.yml");
                }

                if (!seen.Add(city.Slug))
                {
                    throw city.Source.Error($"'{city.Slug}' is listed twice");
                }

                result.Add((city.Slug, mode));
            }
        }

        map.EnsureNoUnknownFields();
        return result;
    }

    private (List<ThemeContent>, List<DayContent>) ReadProgram(
        string path, DateOnly start, DateOnly end, string timeZoneId, HashSet<string> citySlugs, HashSet<string> personSlugs)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        var map = YamlMap.From(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "a program");
        var themes = new List<ThemeContent>();
        foreach (var (themeMap, index) in map.Maps("themes", "a theme").Select((m, i) => (m, i)))
        {
            themes.Add(new ThemeContent(themeMap.Slug("slug"), themeMap.Text("name"), index + 1));
            themeMap.EnsureNoUnknownFields();
        }

        EnsureUnique(themes.Select(t => (t.Slug, file)), "theme");
        var themeSlugs = themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var itemSlugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new List<DayContent>();
        foreach (var dayMap in map.Maps("days", "a day"))
        {
            var date = dayMap.Date("date");
            if (date < start || date > end)
            {
                throw dayMap.Error("date", $"{date:yyyy-MM-dd} is outside the event ({start:yyyy-MM-dd} to {end:yyyy-MM-dd})");
            }

            if (days.Any(d => d.Date == date))
            {
                throw dayMap.Error("date", $"{date:yyyy-MM-dd} is listed twice");
            }

            var items = new List<ItemContent>();
            foreach (var itemMap in dayMap.Maps("items", "a program item"))
            {
                var item = ReadItem(itemMap, items.Count + 1, themeSlugs, citySlugs, personSlugs);
                foreach (var (field, time) in new[] { ("starts_at", item.StartsAt), ("ends_at", item.EndsAt) })
                {
                    if (time is { } value && !Features.Shared.EventTime.Exists(date, value, timeZoneId))
                    {
                        throw itemMap.Error(field, $"{value:HH:mm} does not exist on {date:yyyy-MM-dd} in {timeZoneId} (the clocks skip it)");
                    }
                }

                if (!itemSlugs.TryAdd(item.Slug, itemMap.Line))
                {
                    throw itemMap.Error("slug", $"'{item.Slug}' is used twice (first on line {itemSlugs[item.Slug]})");
                }

                items.Add(item);
            }

            days.Add(new DayContent(date, dayMap.OptionalText("title"), dayMap.OptionalText("note"), items));
            dayMap.EnsureNoUnknownFields();
        }

        map.EnsureNoUnknownFields();
        return (themes, days);
    }

    private static ItemContent ReadItem(
        YamlMap map, int sortOrder, HashSet<string> themeSlugs, HashSet<string> citySlugs, HashSet<string> personSlugs)
    {
        var themeSlug = map.OptionalText("theme");
        if (themeSlug is not null && !themeSlugs.Contains(themeSlug))
        {
            throw map.Error("theme", $"'{themeSlug}' is not one of this program's themes ({string.Join(", ", themeSlugs)})");
        }

        var people = new List<(string, PersonRole, AppearanceMode)>();
        foreach (var speaker in map.Maps("speakers", "a speaker (person: slug)"))
        {
            var slug = speaker.Slug("person");
            if (!personSlugs.Contains(slug))
            {
                throw speaker.Error("person", $"'{slug}' is not a person in content/people/");
            }

            people.Add((slug, PersonRole.Speaker, speaker.Choice("appearance", AppearanceMode.InPerson)));
            speaker.EnsureNoUnknownFields();
        }

        foreach (var moderator in map.Slugs("moderators"))
        {
            if (!personSlugs.Contains(moderator.Slug))
            {
                throw moderator.Source.Error($"'{moderator.Slug}' is not a person in content/people/");
            }

            people.Add((moderator.Slug, PersonRole.Moderator, AppearanceMode.InPerson));
        }

        // A city's representative greeting the summit or attending a session without a talk of their own.
        foreach (var (field, role) in new[] { ("greeting", PersonRole.Greeting), ("attended", PersonRole.Participant) })
        {
            foreach (var person in map.Slugs(field))
            {
                if (!personSlugs.Contains(person.Slug))
                {
                    throw person.Source.Error($"'{person.Slug}' is not a person in content/people/");
                }

                people.Add((person.Slug, role, AppearanceMode.InPerson));
            }
        }

        var duplicate = people.GroupBy(p => (p.Item1, p.Item2)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var field = duplicate.Key.Item2 switch
            {
                PersonRole.Speaker => "speakers",
                PersonRole.Moderator => "moderators",
                PersonRole.Greeting => "greeting",
                _ => "attended",
            };
            throw map.Error(field, $"'{duplicate.Key.Item1}' is listed twice");
        }

        var cities = new List<string>();
        foreach (var city in map.Slugs("cities"))
        {
            if (!citySlugs.Contains(city.Slug))
            {
                throw city.Source.Error($"'{city.Slug}' is not a city in content/cities.yml");
            }

            if (cities.Contains(city.Slug))
            {
                throw city.Source.Error($"'{city.Slug}' is listed twice");
            }

            cities.Add(city.Slug);
        }

        var startsAt = map.OptionalTime("starts_at");
        var endsAt = map.OptionalTime("ends_at");
        if (endsAt is not null && startsAt is null)
        {
            throw map.Error("ends_at", "needs starts_at as well");
        }

        var item = new ItemContent(
            map.Slug("slug"), map.Choice<ProgramItemKind>("kind"), map.Text("title"), sortOrder, themeSlug,
            startsAt, endsAt, map.OptionalText("note"), map.OptionalText("description") ?? "",
            OptionalRecording(map, "video_url"), people, cities);
        map.EnsureNoUnknownFields();
        return item;
    }

    private CommuniqueContent? ReadCommunique(string dir)
    {
        var path = Path.Combine(dir, "communique.yml");
        if (!File.Exists(path))
        {
            return null;
        }

        var file = Display(path);
        var map = YamlMap.From(file, YamlMap.Parse(file, File.ReadAllText(path, Encoding.UTF8), 0), 0, "the communiqué");
        var header = (Title: map.Text("title"), Subtitle: map.OptionalText("subtitle") ?? "",
            Published: map.Flag("published", false), AdoptedOn: map.OptionalDate("adopted_on"));
        map.EnsureNoUnknownFields();

        var sections = new List<SectionContent>();
        foreach (var sectionPath in EnglishMarkdownFiles(dir))
        {
            var (sectionMap, body) = ReadFrontMatter(sectionPath, "a communiqué section");
            sections.Add(new SectionContent(sectionMap.Slug("slug"), sectionMap.Text("heading"), body, sections.Count + 1)
            {
                Ja = ReadSectionJa(sectionPath),
            });
            sectionMap.EnsureNoUnknownFields();
        }

        EnsureUnique(sections.Select(s => (s.Slug, Display(dir))), "communiqué section");
        return new CommuniqueContent(header.Title, header.Subtitle, header.Published, header.AdoptedOn, sections)
        {
            Ja = ReadCommuniqueJa(path),
        };
    }

    private List<T> ReadFolder<T>(string folder, Func<string, T> read, Func<T, string> slugOf)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var items = new List<T>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in EnglishMarkdownFiles(dir))
        {
            var item = read(path);
            if (!seen.TryAdd(slugOf(item), path))
            {
                throw new ContentException(Display(path), 2, "slug", $"'{slugOf(item)}' is already used by {Display(seen[slugOf(item)])}");
            }

            items.Add(item);
        }

        return items;
    }

    /// <summary>Splits "---\nyaml\n---\nbody" and parses the YAML with line numbers that match the file.</summary>
    private (YamlMap Map, string Body) ReadFrontMatter(string path, string what)
    {
        var file = Display(path);
        if (!File.Exists(path))
        {
            throw new ContentException(file, 0, null, "is missing");
        }

        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new ContentException(file, 1, null, "must start with a '---' line that opens the front matter");
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw new ContentException(file, lines.Length, null, "has no closing '---' line after the front matter");
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]).Trim();
        var map = YamlMap.From(file, YamlMap.Parse(file, yaml, 1), 1, what);
        return (map, body);
    }

    private static string CountryCode(YamlMap map, string field)
    {
        var code = map.Text(field);
        return code.Length == 2 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw map.Error(field, $"'{code}' is not a two-letter ISO country code such as JP");
    }

    private static string? OptionalUrl(YamlMap map, string field)
    {
        var text = map.OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw map.Error(field, $"'{text}' is not an http(s) address");
    }

    /// <summary>An absolute https address (the host's page a record comes from).</summary>
    private static string? OptionalHttpsUrl(YamlMap map, string field)
    {
        var text = map.OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? text
            : throw map.SourceOf(field).Error($"'{text}' is not an absolute https address (https://…)");
    }

    /// <summary>A recording on YouTube or Vimeo, kept as its canonical address on the host.</summary>
    private static string? OptionalRecording(YamlMap map, string field)
    {
        var text = map.OptionalText(field);
        if (text is null)
        {
            return null;
        }

        return Features.Shared.Recording.TryParse(text, out var recording, out var error)
            ? recording!.WatchUrl
            : throw map.Error(field, error);
    }

    private static void EnsureUnique(IEnumerable<(string Slug, string Where)> slugs, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (slug, where) in slugs)
        {
            if (!seen.Add(slug))
            {
                throw new ContentException(where, 0, "slug", $"the {what} slug '{slug}' is used twice");
            }
        }
    }

    private string Display(string path) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');
}
