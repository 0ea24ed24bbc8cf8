using System.Net;
using System.Text.Json;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// Staff record every kind of G-NETS meeting through the event form; the host's count, a note on the
/// list of cities and the source go with it, and an edit reaches the search, the open data and the schedule feed.
/// </summary>
public sealed class MeetingEditingTests(SummitFactory shared) : IClassFixture<SummitFactory>
{
    private const string Path = "/admin/events";

    /// <summary>A meeting that is valid as it stands; tests change one field to see it refused.</summary>
    private static Dictionary<string, string?> Meeting(string slug, EventKind kind, EventFormat format = EventFormat.InPerson) => new()
    {
        ["Form.Kind"] = kind.ToString(),
        ["Form.Title"] = $"Test meeting {slug}", ["Form.ShortTitle"] = $"Test {slug}", ["Form.Slug"] = slug,
        ["Form.Theme"] = "A theme for the test", ["Form.Summary"] = "A meeting made by the admin tests.",
        ["Form.StartDate"] = "2030-01-10", ["Form.EndDate"] = "2030-01-11",
        ["Form.Format"] = format.ToString(), ["Form.VenueName"] = format == EventFormat.Online ? "" : "A test venue",
    };

    private static async Task<string> EditUrlAsync(Browser staff, string title) =>
        (await staff.GetAsync($"{Path}?q={Uri.EscapeDataString(title)}")).QuerySelectorAll("tbody th a")
            .First(a => a.TextOf() == title).GetAttribute("href")!;

    [Fact]
    public async Task Staff_create_a_meeting_of_each_kind_and_each_is_listed_on_events_with_a_page_of_its_own()
    {
        // Its own store: it adds to the list of events, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var kinds = Enum.GetValues<EventKind>();

        foreach (var kind in kinds)
        {
            var slug = $"test-{kind.ToString().ToLowerInvariant()}";
            // The working-group meeting met online, with no venue.
            var format = kind == EventKind.WorkingGroupMeeting ? EventFormat.Online : EventFormat.InPerson;
            await staff.SubmitAndFollowAsync($"{Path}/new", Meeting(slug, kind, format));
        }

        var stored = await factory.WithStoreAsync(db => db.Events.AsNoTracking().Where(e => e.Slug.StartsWith("test-")).ToDictionaryAsync(e => e.Slug));
        Assert.Equal(kinds.Length, stored.Count);
        Assert.All(kinds, kind => Assert.Equal(kind, stored[$"test-{kind.ToString().ToLowerInvariant()}"].Kind));
        Assert.Equal("", stored["test-workinggroupmeeting"].VenueName);

        var visitor = factory.CreateVisitor();
        var events = (await visitor.GetPageAsync("/events")).QuerySelector("main")!.TextOf();
        var japanese = (await visitor.GetPageAsync("/ja/events")).QuerySelector("main")!.TextOf();
        foreach (var slug in stored.Keys)
        {
            Assert.Contains($"Test meeting {slug}", events);
            Assert.Contains($"Test meeting {slug}", japanese);
            Assert.Equal($"Test meeting {slug}", (await visitor.GetPageAsync($"/events/{slug}")).QuerySelector("h1")!.TextOf());
            await visitor.GetPageAsync($"/ja/events/{slug}");
        }

        var list = await staff.GetAsync($"{Path}?kind={EventKind.SiteVisit}");
        var siteVisits = await factory.WithStoreAsync(db => db.Events.Where(e => e.Kind == EventKind.SiteVisit).Select(e => e.Title).ToListAsync());
        Assert.Contains("Test meeting test-sitevisit", siteVisits);
        Assert.Equal(siteVisits.Order(), list.Texts("tbody th a").Order());
        Assert.Contains("Site visit (working level)", list.QuerySelector("tbody")!.TextOf());
    }

    [Fact]
    public async Task The_hosts_count_the_note_on_the_list_and_the_source_are_saved_and_shown_again_on_the_form()
    {
        var staff = await shared.SignInAsNewStaffAsync();
        var fields = Meeting("test-with-a-note", EventKind.SeniorOfficialsMeeting);
        fields["Form.ReportedCityCount"] = "45";
        fields["Form.ParticipationNote"] = "The host's list is **cut off**.";
        fields["Form.ParticipationNoteJa"] = "主催者の一覧は途中までしか読めません。";
        fields["Form.SourceUrl"] = "https://www.example.org/g-nets/meeting";

        var edit = await staff.SubmitAndFollowAsync($"{Path}/new", fields);

        var saved = await shared.WithStoreAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Slug == "test-with-a-note"));
        Assert.Equal((45, "The host's list is **cut off**.", "主催者の一覧は途中までしか読めません。", "https://www.example.org/g-nets/meeting", EventKind.SeniorOfficialsMeeting),
            (saved.ReportedCityCount, saved.ParticipationNote, saved.ParticipationNoteJa, saved.SourceUrl, saved.Kind));
        var form = await staff.GetAsync(edit);
        Assert.Equal("45", form.QuerySelector("#Form_ReportedCityCount")!.GetAttribute("value"));
        Assert.Equal("https://www.example.org/g-nets/meeting", form.QuerySelector("#Form_SourceUrl")!.GetAttribute("value"));
        Assert.Equal(EventKind.SeniorOfficialsMeeting.ToString(), form.QuerySelector("#Form_Kind option[selected]")!.GetAttribute("value"));

        // Emptying the count says the list is whole again.
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.ReportedCityCount"] = "" });
        Assert.Null(await shared.WithStoreAsync(db => db.Events.Where(e => e.Slug == "test-with-a-note").Select(e => e.ReportedCityCount).SingleAsync()));
    }

    [Theory]
    [InlineData("Form.Kind", "Plenary", "“Plenary” is not a valid value for Kind of meeting.")]
    [InlineData("Form.Kind", "9", "“9” is not valid")]
    [InlineData("Form.ReportedCityCount", "-1", "The reported number of cities is a whole number from 0 to 10,000")]
    [InlineData("Form.ReportedCityCount", "many", "is not a valid value for Cities the host reported.")]
    [InlineData("Form.SourceUrl", "www.example.org/g-nets", "Enter the source as a full address starting with https:// or http://.")]
    [InlineData("Form.SourceUrl", "javascript:alert(1)", "Enter the source as a full address starting with https:// or http://.")]
    [InlineData("Form.SourceUrl", "ftp://example.org/g-nets", "Enter the source as a full address starting with https:// or http://.")]
    [InlineData("Form.VenueName", "", "Enter the venue's name; only an online meeting can be without one.")]
    public async Task A_meeting_with_bad_input_is_refused_with_a_message_and_nothing_is_saved(string field, string value, string message)
    {
        var staff = await shared.SignInAsNewStaffAsync();
        var fields = Meeting("test-refused", EventKind.WorkingGroupMeeting);
        fields[field] = value;

        using var response = await staff.SubmitAsync($"{Path}/new", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.False(await shared.WithStoreAsync(db => db.Events.AnyAsync(e => e.Slug == "test-refused")));
    }

    [Fact]
    public async Task An_edited_title_shows_in_search_in_the_open_data_and_in_the_schedule_feed()
    {
        // Its own store: it renames the seeded summit, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "The 1st G-NETS Leaders Summit");

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Title"] = "The 1st G-NETS Leaders Summit of Quillwort" });

        var visitor = factory.CreateVisitor();
        var search = await visitor.GetPageAsync("/search?q=Quillwort");
        Assert.Contains("The 1st G-NETS Leaders Summit of Quillwort", search.QuerySelector("main")!.TextOf());
        Assert.NotEmpty(search.QuerySelectorAll("main mark"));
        using (var list = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/events")))
        {
            Assert.Contains(list.RootElement.EnumerateArray(), e => e.GetProperty("title").GetString() == "The 1st G-NETS Leaders Summit of Quillwort");
        }

        using (var one = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/events/leaders-summit-2023")))
        {
            Assert.Equal("The 1st G-NETS Leaders Summit of Quillwort", one.RootElement.GetProperty("title").GetString());
        }

        Assert.Contains("The 1st G-NETS Leaders Summit of Quillwort", await visitor.GetStringAsync("/events/leaders-summit-2023/schedule.json"));
    }

    [Fact]
    public async Task The_event_form_in_japanese_mode_names_the_kinds_as_the_host_does()
    {
        var staff = await shared.SignInAsNewStaffAsync();
        using (await staff.SubmitAsync(Path, formSelector: "form.admin-language", submitter: "button[value=ja]"))
        {
        }

        var form = await staff.GetAsync($"{Path}/new");

        Assert.Equal(["首長級会議", "実務責任者級会議", "ワーキンググループの会議（実務担当者級）", "視察（実務担当者級）"], form.Texts("#Form_Kind option"));
        var text = form.QuerySelector("main")!.TextOf();
        Assert.Contains("主催者が発表した参加都市数", text);
        Assert.Contains("参加都市の一覧についての注記", text);
        Assert.Contains("出典", text);
    }
}
