using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Content;

/// <summary>
/// The meetings of the fact sheet (/work/shared/facts/g-nets-meetings.md §1–§6) as content/ seeds them,
/// and the event fields that describe how complete each record is (kind, reported_city_count, source_url,
/// participation_note).
/// </summary>
public sealed class MeetingRecordImportTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Every_dated_meeting_imports_with_its_kind_dates_list_and_the_host_s_count()
    {
        var events = await factory.WithStoreAsync(db => db.Events.AsNoTracking()
            .OrderBy(e => e.StartDate)
            .Select(e => new
            {
                e.Slug, e.Kind, e.StartDate, e.EndDate, e.Format, e.ReportedCityCount, e.SourceUrl,
                Listed = e.Participations.Select(p => p.CityId).Distinct().Count(),
                HasNote = e.ParticipationNote != null && e.ParticipationNoteJa != null,
            })
            .ToListAsync());

        Assert.Equal(
            [
                ("senior-officials-meeting-2022", EventKind.SeniorOfficialsMeeting, new DateOnly(2022, 11, 28), new DateOnly(2022, 11, 29), 31, (int?)null),
                ("leaders-summit-2023", EventKind.LeadersSummit, new DateOnly(2023, 2, 27), new DateOnly(2023, 3, 1), 34, null),
                ("working-group-plenary-2023", EventKind.WorkingGroupMeeting, new DateOnly(2023, 9, 28), new DateOnly(2023, 10, 4), 47, null),
                ("senior-officials-meeting-2024", EventKind.SeniorOfficialsMeeting, new DateOnly(2024, 1, 31), new DateOnly(2024, 2, 2), 37, 51),
                ("leaders-summit-2024", EventKind.LeadersSummit, new DateOnly(2024, 5, 15), new DateOnly(2024, 5, 17), 0, 45),
                ("site-visit-2024-12", EventKind.SiteVisit, new DateOnly(2024, 12, 5), new DateOnly(2024, 12, 6), 0, 5),
            ],
            events.Select(e => (e.Slug, e.Kind, e.StartDate, e.EndDate, e.Listed, e.ReportedCityCount)).ToList());
        Assert.All(events, e => Assert.StartsWith("https://www.g-nets.metro.tokyo.lg.jp/", e.SourceUrl));
        // Every record whose list is incomplete or missing says so, in both languages.
        Assert.All(events.Where(e => e.ReportedCityCount is not null), e => Assert.True(e.HasNote, $"{e.Slug} has no note in both languages"));
        Assert.Equal(EventFormat.Online, events.Single(e => e.Slug == "working-group-plenary-2023").Format);
    }

    [Fact]
    public async Task The_working_group_sessions_list_their_presenting_cities_in_the_order_they_presented()
    {
        var sessions = await factory.WithStoreAsync(db => db.ProgramItems.AsNoTracking()
            .Where(i => i.Event.Slug == "working-group-plenary-2023")
            .OrderBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Slug, i.StartsAtUtc, Cities = i.Cities.OrderBy(c => c.SortOrder).Select(c => c.City.Slug).ToList() })
            .ToListAsync());

        Assert.Equal(["womens-empowerment", "flood-and-drought", "water-management", "ppp-and-startups", "green-building-and-green-transportation"], sessions.Select(s => s.Slug));
        Assert.Equal(["rotterdam", "tokyo", "amsterdam", "new-south-wales", "montreal"], sessions[0].Cities);
        Assert.Equal(["tokyo", "taipei", "jakarta", "rotterdam", "brisbane", "nairobi", "thinadhoo"], sessions[1].Cities);
        Assert.Equal(["tokyo", "ulaanbaatar", "delhi", "airai-state", "bangkok"], sessions[2].Cities);
        Assert.Equal(["tokyo", "berlin", "rotterdam", "helsinki", "tel-aviv", "brasilia"], sessions[3].Cities);
        Assert.Equal(["tokyo", "helsinki", "rotterdam", "nice", "buenos-aires", "rio-de-janeiro", "tirana"], sessions[4].Cities);
        // No times were published for the Working Group: none is made up.
        Assert.All(sessions, s => Assert.Null(s.StartsAtUtc));
    }

    [Fact]
    public async Task The_working_group_has_22_presenting_cities_and_25_in_the_audience_with_Sao_Paulo_among_them()
    {
        var kinds = await factory.WithStoreAsync(db => db.Participations.AsNoTracking()
            .Where(p => p.Event.Slug == "working-group-plenary-2023")
            .Select(p => new { City = p.City.Slug, Kind = p.Kind.Slug })
            .ToListAsync());

        Assert.Equal(22, kinds.Count(k => k.Kind == "presenter"));
        Assert.Equal(25, kinds.Count(k => k.Kind == "audience"));
        Assert.Contains(kinds, k => k.City == "sao-paulo" && k.Kind == "audience");
    }

    [Fact]
    public async Task The_1st_senior_officials_meeting_has_the_twelve_cities_the_host_marks_online_and_start_times_without_ends()
    {
        var online = await factory.WithStoreAsync(db => db.Participations.AsNoTracking()
            .Where(p => p.Event.Slug == "senior-officials-meeting-2022" && p.Kind.Slug == "online")
            .Select(p => p.City.Slug).OrderBy(s => s).ToListAsync());
        var opening = await factory.WithStoreAsync(db => db.ProgramItems.AsNoTracking()
            .Where(i => i.Event.Slug == "senior-officials-meeting-2022" && i.Slug == "opening-ceremony")
            .Select(i => new { i.StartsAtUtc, i.EndsAtUtc }).SingleAsync());

        Assert.Equal(
            ["auckland", "beijing", "cairo", "delhi", "hong-kong", "lancaster", "milan", "new-york", "rome", "rotterdam", "sao-paulo", "seoul"],
            online);
        Assert.Equal(new DateTime(2022, 11, 28, 0, 50, 0, DateTimeKind.Utc), opening.StartsAtUtc); // 9:50 JST
        Assert.Null(opening.EndsAtUtc);
    }

    [Fact]
    public async Task Tokyo_took_part_in_every_meeting_whose_list_is_complete()
    {
        var meetings = await factory.WithStoreAsync(db => db.Events.AsNoTracking()
            .Select(e => new { e.Slug, e.ReportedCityCount, Tokyo = e.Participations.Any(p => p.City.Slug == "tokyo") })
            .ToListAsync());

        Assert.Equal(
            ["leaders-summit-2023", "senior-officials-meeting-2022", "working-group-plenary-2023"],
            meetings.Where(m => m.Tokyo).Select(m => m.Slug).Order());
        // The host is missing only from the lists the host itself left incomplete or did not publish.
        Assert.All(meetings.Where(m => !m.Tokyo), m => Assert.NotNull(m.ReportedCityCount));
    }

    [Fact]
    public async Task Every_new_city_has_a_kebab_case_slug_and_only_cities_a_Japanese_page_names_have_a_Japanese_name()
    {
        var cities = await factory.WithStoreAsync(db => db.Cities.AsNoTracking().Select(c => new { c.Slug, c.NameJa, c.Kind }).ToListAsync());

        Assert.Equal(69, cities.Count);
        Assert.All(cities, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Slug));
        Assert.Equal(["denver", "ho-chi-minh", "incheon", "laamu", "munich", "reykjavik", "stroud", "vienna"],
            cities.Where(c => c.NameJa is null).Select(c => c.Slug).Order());
        Assert.Equal(["airai-state", "laamu", "new-south-wales", "northern-mariana-islands", "queensland"],
            cities.Where(c => c.Kind == CityKind.State).Select(c => c.Slug).Order());
    }
}

/// <summary>The new event fields, read from a copy of content/ with one mistake each.</summary>
public sealed class MeetingRecordContentErrorTests
{
    private const string Event = "events/working-group-plenary-2023/event.md";

    [Theory]
    [InlineData("kind: working-group-meeting", "kind: webinar", "kind", "'webinar' is not one of: leaders-summit, senior-officials-meeting, working-group-meeting, site-visit")]
    [InlineData("format: online", "format: online\nreported_city_count: -3", "reported_city_count", "-3 is not a count of cities")]
    [InlineData("format: online", "format: online\nreported_city_count: many", "reported_city_count", "'many' is not a whole number")]
    [InlineData("format: online", "format: online\nreported_city_count: 40", "reported_city_count", "40 is fewer than the 47 cities participation.yml lists")]
    [InlineData("source_url: https://", "source_url: http://", "source_url", "is not an absolute https address")]
    [InlineData("source_url: https://www.g-nets.metro.tokyo.lg.jp/en/staff_online_en/", "source_url: staff_online_en", "source_url", "is not an absolute https address")]
    [InlineData("format: online", "format: hybrid", "venue", "is required (at least its name) unless the event is format: online")]
    public void A_bad_event_field_names_the_file_line_and_field(string find, string replacement, string field, string problem)
    {
        using var content = new TempContent();
        content.Replace(Event, find, replacement);

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/" + Event, error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Message);
        // The line of the field itself; a missing venue has none, so the front matter's line stands for it.
        if (field == "venue")
        {
            Assert.True(error.Line > 0, error.Message);
        }
        else
        {
            Assert.Equal(content.LineOf(Event, replacement.Split('\n')[^1]), error.Line);
        }
    }

    [Fact]
    public void An_unknown_way_of_taking_part_in_participation_yml_is_named()
    {
        using var content = new TempContent();
        content.Replace("events/working-group-plenary-2023/participation.yml", "audience:", "spectators:");

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/events/working-group-plenary-2023/participation.yml", error.File);
        Assert.Equal("spectators", error.Field);
        Assert.Equal(content.LineOf("events/working-group-plenary-2023/participation.yml", "spectators:"), error.Line);
    }

    [Fact]
    public void A_Japanese_participation_note_that_is_a_list_is_named()
    {
        using var content = new TempContent();
        content.Replace("events/leaders-summit-2024/event.ja.md", "participation_note: >-", "participation_note:\n  - a\nold_note: >-");

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/events/leaders-summit-2024/event.ja.md", error.File);
        Assert.Equal("participation_note", error.Field);
    }

    [Fact]
    public void The_participation_note_and_the_count_reach_the_record_in_both_languages()
    {
        var set = ContentReader.Read(RepositoryPaths.Content);

        var summit = set.Events.Single(e => e.Slug == "leaders-summit-2024");
        Assert.Equal(45, summit.ReportedCityCount);
        Assert.Contains("45 cities", summit.ParticipationNote);
        Assert.Contains("45都市", summit.Ja!.ParticipationNote);
        Assert.False(summit.IsFeatured);
        Assert.True(set.Events.Single(e => e.Slug == "leaders-summit-2023").IsFeatured);
    }
}
