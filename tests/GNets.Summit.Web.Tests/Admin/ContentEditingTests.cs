using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// Create, edit and delete each kind of content through the admin, and see it on the public site.
/// Tests share a store only while each changes records of its own and asserts nothing others change;
/// a test that changes the event, its program or its communiqué works on a store of its own.
/// </summary>
public sealed class ContentEditingTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Event = "/events/leaders-summit-2023";

    // The admin list of events, narrowed to the 1st Leaders Summit (content/ holds other meetings too).
    private const string Summit2023 = "/admin/events?q=1st%20G-NETS%20Leaders%20Summit";

    private static int IdFrom(string location) => int.Parse(location.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_city_is_created_with_its_participation_edited_and_deleted()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var visitor = factory.CreateVisitor();
        var before = await CityCountAsync(visitor);
        // The form has a row per event, newest first: the 1st Leaders Summit's row.
        var row = (await staff.GetAsync("/admin/cities/new")).QuerySelectorAll("th[id^='event-']")
            .Select((th, index) => (Title: th.TextOf(), Index: index)).Single(r => r.Title == "The 1st G-NETS Leaders Summit").Index;
        var created = await staff.SubmitAndFollowAsync("/admin/cities/new", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Kyōto", ["Form.Country"] = "Japan", ["Form.CountryCode"] = "JP", ["Form.Continent"] = "Asia",
            ["Form.Latitude"] = "35.0116", ["Form.Longitude"] = "135.7681", [$"Form.Participation[{row}].Online"] = "true",
        });

        var city = await visitor.GetPageAsync("/cities/kyoto");
        Assert.Equal("Kyōto", city.QuerySelector("h1")!.TextOf());
        var cities = await visitor.GetPageAsync($"{Event}/cities");
        Assert.Equal(["Online"], cities.QuerySelectorAll(".city-list > li").Single(li => li.QuerySelector("a")!.TextOf() == "Kyōto").Texts(".city-list__modes .tag"));
        Assert.Equal(before + 1, await CityCountAsync(visitor));

        await staff.SubmitAndFollowAsync(created, new Dictionary<string, string?> { ["Form.Name"] = "Kyoto" });
        Assert.Equal("Kyoto", (await visitor.GetPageAsync("/cities/kyoto")).QuerySelector("h1")!.TextOf());

        var deleted = await staff.SubmitAndFollowAsync($"{created}/delete", formSelector: "main form.actions");
        Assert.Equal("/admin/cities", deleted);
        await visitor.GetPageAsync("/cities/kyoto", HttpStatusCode.NotFound);
        Assert.Equal(before, await CityCountAsync(visitor));
    }

    /// <summary>"34 cities …" in the lead of the event's cities page.</summary>
    private static async Task<int> CityCountAsync(HttpClient visitor)
    {
        var lead = (await visitor.GetPageAsync($"{Event}/cities")).QuerySelector(".lead")!.TextOf();
        var count = System.Text.RegularExpressions.Regex.Match(lead, @"(\d+) cities");
        Assert.True(count.Success, $"No city count in “{lead}”");
        return int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Deleting_a_city_that_joined_a_session_is_refused_with_the_reason()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var list = await staff.GetAsync("/admin/cities?q=Tirana");
        var edit = list.QuerySelector("tbody th a")!.GetAttribute("href")!;

        var confirm = await staff.GetAsync($"{edit}/delete");
        Assert.Contains("It takes part in Session 5 (Leaders Summit 2023)", confirm.QuerySelector(".error-summary")!.TextOf());
        Assert.Null(confirm.QuerySelector("main form.actions"));

        var token = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forced = await staff.Client.PostAsync($"{edit}/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["version"] = "1",
        }));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        await factory.CreateVisitor().GetPageAsync("/cities/tirana");
    }

    [Fact]
    public async Task A_persons_position_edit_shows_on_their_page_and_in_the_program()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/people?q=Bloomberg")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Position"] = "Founder of Bloomberg Philanthropies" });

        var visitor = factory.CreateVisitor();
        Assert.Equal("Founder of Bloomberg Philanthropies", (await visitor.GetPageAsync("/people/michael-bloomberg")).QuerySelector(".profile .lead")!.TextOf());
        Assert.Contains("Founder of Bloomberg Philanthropies", (await visitor.GetPageAsync($"{Event}/program")).QuerySelector(".entry--keynote")!.TextOf());
    }

    [Fact]
    public async Task A_new_person_gets_a_slug_from_their_name_and_can_be_deleted()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var created = await staff.SubmitAndFollowAsync("/admin/people/new", new Dictionary<string, string?>
        {
            ["Form.Honorific"] = "Ms.", ["Form.GivenName"] = "Hanako", ["Form.FamilyName"] = "Example",
            ["Form.NameOrder"] = "FamilyGiven", ["Form.Position"] = "Test position",
        });

        var page = await factory.CreateVisitor().GetPageAsync("/people/example-hanako");
        Assert.Equal("Ms. EXAMPLE Hanako", page.QuerySelector("h1")!.TextOf());

        await staff.SubmitAndFollowAsync($"{created}/delete", formSelector: "main form.actions");
        await factory.CreateVisitor().GetPageAsync("/people/example-hanako", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_moderator_is_refused()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/people?q=ISHII")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        var confirm = await staff.GetAsync($"{edit}/delete");

        Assert.Contains("Moderates Session 1 (Leaders Summit 2023)", confirm.QuerySelector(".error-summary")!.TextOf());
    }

    [Fact]
    public async Task The_event_theme_edit_shows_on_the_home_page()
    {
        // Its own store: it changes the featured event, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync(Summit2023)).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Theme"] = "Realizing a just and sustainable society (edited)" });

        Assert.Equal("Realizing a just and sustainable society (edited)", (await factory.CreateVisitor().GetPageAsync(Event)).QuerySelector(".hero__theme")!.TextOf());
    }

    [Fact]
    public async Task A_second_event_gets_its_own_pages_and_the_events_list()
    {
        // Its own store: it changes the list of events, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        await staff.SubmitAndFollowAsync("/admin/events/new", new Dictionary<string, string?>
        {
            // A made-up event (content/ already holds every real meeting).
            ["Form.Title"] = "A staff test meeting", ["Form.ShortTitle"] = "Test Meeting 2030",
            ["Form.Theme"] = "Cities leading the way", ["Form.Summary"] = "A meeting staff added.",
            ["Form.StartDate"] = "2030-05-15", ["Form.EndDate"] = "2030-05-16", ["Form.VenueName"] = "Tokyo",
        });

        var visitor = factory.CreateVisitor();
        var page = await visitor.GetPageAsync("/events/test-meeting-2030");
        Assert.Equal("A staff test meeting", page.QuerySelector("h1")!.TextOf());
        var events = await visitor.GetPageAsync("/events");
        Assert.Contains("A staff test meeting", events.Texts(".card__title"));
        Assert.Equal("The 1st G-NETS Leaders Summit", (await visitor.GetPageAsync(Event)).QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task A_renamed_theme_shows_on_its_sessions()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/themes?q=Inclusive")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "Inclusive, Just and Fair Societies" });

        Assert.Equal("Session 4: Inclusive, Just and Fair Societies",
            (await factory.CreateVisitor().GetPageAsync($"{Event}/program/session-4")).QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task A_program_item_is_created_with_speakers_and_cities_and_moved_up()
    {
        // Its own store: it changes the order of a program day, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var form = await staff.GetAsync("/admin/program-items/new");
        string Option(string select, string text) =>
            form.QuerySelectorAll($"select[name='{select}'] option").First(o => o.TextOf().StartsWith(text, StringComparison.Ordinal)).GetAttribute("value")!;
        string City(string name) =>
            form.QuerySelectorAll("#Form_Cities label").First(l => l.TextOf().StartsWith(name, StringComparison.Ordinal)).GetAttribute("for")!["Form_Cities_".Length..];
        var created = await staff.SubmitAndFollowAsync("/admin/program-items/new", new Dictionary<string, string?>
        {
            ["Form.DayId"] = Option("Form.DayId", "Wednesday, March 1, 2023"), ["Form.Kind"] = "Other",
            ["Form.Title"] = "Closing remarks", ["Form.SortOrder"] = "3", ["Form.StartsAt"] = "16:30", ["Form.EndsAt"] = "17:00",
            ["Form.Speakers[0].PersonId"] = Option("Form.Speakers[0].PersonId", "Mr. IZUMO Mitsuru"),
            [$"Form.Cities[{City("Tokyo")}]"] = City("Tokyo"), [$"Form.Cities[{City("Paris")}]"] = City("Paris"),
        });

        var visitor = factory.CreateVisitor();
        var item = await visitor.GetPageAsync($"{Event}/program/closing-remarks");
        Assert.Equal(["Tokyo", "Paris"], item.Texts(".entry__cities .chips a"));
        Assert.Contains("16:30–17:00 JST", item.QuerySelector(".entry__time")!.TextOf());
        Assert.Equal("2023-03-01T16:30+09:00", item.QuerySelector(".entry__time time")!.GetAttribute("datetime"));
        Assert.Contains("Mr. IZUMO Mitsuru", item.QuerySelector(".entry__people")!.TextOf());
        Assert.Equal(["Plenary Session", "Announcement of communiqué", "Closing remarks"],
            (await visitor.GetPageAsync($"{Event}/program")).Section("day-2023-03-01").Texts(".entry__title"));

        var list = await staff.GetAsync("/admin/program-items?q=Closing");
        using var moved = await staff.SubmitAsync(list, formSelector: "form[action$='/move?direction=up']");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Plenary Session", "Closing remarks", "Announcement of communiqué"],
            (await visitor.GetPageAsync($"{Event}/program")).Section("day-2023-03-01").Texts(".entry__title"));
        var saved = await staff.GetAsync(created);
        Assert.Equal("Closing remarks", saved.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal("2", saved.QuerySelector("#Form_SortOrder")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_program_day_is_added_after_the_event_is_extended_and_a_clashing_date_is_refused()
    {
        // Its own store: it changes the event's dates and days, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var eventEdit = (await staff.GetAsync(Summit2023)).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var form = await staff.GetAsync("/admin/program-days/new");
        var eventId = form.QuerySelectorAll("select[name='Form.EventId'] option").First(o => o.TextOf() == "Leaders Summit 2023").GetAttribute("value")!;
        var day = new Dictionary<string, string?> { ["Form.EventId"] = eventId, ["Form.Date"] = "2023-03-02", ["Form.Title"] = "Departures" };

        using (var outside = await staff.SubmitAsync("/admin/program-days/new", day))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
            Assert.Contains("The date must be within the event, 2023-02-27 to 2023-03-01.", Browser.ErrorsIn(await outside.Content.ReadAsStringAsync()));
        }

        await staff.SubmitAndFollowAsync(eventEdit, new Dictionary<string, string?> { ["Form.EndDate"] = "2023-03-02" });
        await staff.SubmitAndFollowAsync("/admin/program-days/new", day);

        var program = await factory.CreateVisitor().GetPageAsync($"{Event}/program");
        Assert.Equal("Thursday, March 2, 2023: Departures", program.Texts(".day__heading")[^1]);
        using var clash = await staff.SubmitAsync("/admin/program-days/new", new Dictionary<string, string?> { ["Form.EventId"] = eventId, ["Form.Date"] = "2023-02-28" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
        Assert.Contains("already has a program day on this date", Browser.ErrorsIn(await clash.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Unpublishing_the_communique_hides_it_and_publishing_brings_it_back()
    {
        // Its own store: it changes whether the communiqué is shown, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/communiques")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var visitor = factory.CreateVisitor();

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.IsPublished"] = null });
        await visitor.GetPageAsync($"{Event}/communique", HttpStatusCode.NotFound);
        // The event's page stops linking it (the menu no longer lists the communiqué at all).
        Assert.DoesNotContain($"{Event}/communique", (await visitor.GetPageAsync(Event)).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.IsPublished"] = "true" });
        await visitor.GetPageAsync($"{Event}/communique");
        Assert.Contains($"{Event}/communique", (await visitor.GetPageAsync(Event)).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_communique_section_is_edited_and_moved()
    {
        // Its own store: it changes the order of the communiqué's sections, which other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var list = await staff.GetAsync("/admin/communique-sections?q=Environmental");
        var edit = list.QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?>
        {
            ["Form.BodyMarkdown"] = "- We highlighted the importance of achieving **zero emissions**.",
        });

        using var moved = await staff.SubmitAsync(list, formSelector: "form[action$='/move?direction=up']");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var page = await factory.CreateVisitor().GetPageAsync($"{Event}/communique");
        Assert.Equal("zero emissions", page.QuerySelector("#response-to-environmental-issues strong")!.TextOf());
        Assert.Equal(
            ["Summary", "Response to Environmental Issues", "Realizing Inclusive and Just Societies", "Building Safe and Secure Cities", "Closing"],
            page.QuerySelectorAll(".communique__section h2").Select(h => h.FirstChild!.TextContent.Trim()));
    }

    [Fact]
    public async Task A_page_is_created_renamed_with_a_redirect_and_deleted()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var created = await staff.SubmitAndFollowAsync("/admin/pages/new", new Dictionary<string, string?>
        {
            ["Form.Title"] = "Press", ["Form.Summary"] = "For journalists.", ["Form.BodyMarkdown"] = "Contact the **secretariat**.",
            ["Form.FooterOrder"] = "3",
        });
        var visitor = factory.CreateVisitor();
        Assert.Equal("secretariat", (await visitor.GetPageAsync("/press")).QuerySelector("main strong")!.TextOf());
        Assert.Contains("/press", (await visitor.GetPageAsync("/")).QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));

        await staff.SubmitAndFollowAsync(created, new Dictionary<string, string?> { ["Form.Slug"] = "press-room" });
        using var old = await visitor.GetAsync("/press");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/press-room", old.Headers.Location!.OriginalString);

        await staff.SubmitAndFollowAsync($"{created}/delete", formSelector: "main form.actions");
        await visitor.GetPageAsync("/press-room", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_city_renamed_in_its_slug_redirects_its_old_address()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/cities?q=Ulaanbaatar")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Slug"] = "ulan-bator" });

        using var old = await factory.CreateVisitor().GetAsync("/cities/ulaanbaatar");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/cities/ulan-bator", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_event_with_a_program_cannot_be_deleted_until_its_days_themes_and_communique_are()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync(Summit2023)).QuerySelector("tbody th a")!.GetAttribute("href")!;

        var confirm = await staff.GetAsync($"{edit}/delete");

        var reasons = confirm.QuerySelector(".error-summary")!.TextOf();
        Assert.Contains("It is the featured event on the home page.", reasons);
        Assert.Matches(@"It has \d+ program days\. Delete them \(and their items\) first\.", reasons);
        Assert.Contains("It has a communiqué.", reasons);
    }

    [Fact]
    public async Task A_renamed_program_item_keeps_its_old_address_working_within_its_event()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        // Other meetings have plenaries too: the row of the 2023 summit's.
        var edit = (await staff.GetAsync("/admin/program-items?q=Plenary")).QuerySelectorAll("tbody tr")
            .First(tr => tr.TextOf().Contains("Leaders Summit 2023", StringComparison.Ordinal)).QuerySelector("th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Slug"] = "plenary" });

        using var old = await factory.CreateVisitor().GetAsync($"{Event}/program/plenary-session");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"{Event}/program/plenary", old.Headers.Location!.OriginalString);
        using var elsewhere = await factory.CreateVisitor().GetAsync("/events/another-event/program/plenary-session");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Moving_a_day_to_another_date_moves_the_times_of_its_items_with_it()
    {
        // Its own store: it changes the event's dates, which other tests here rely on.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var eventEdit = (await staff.GetAsync(Summit2023)).QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(eventEdit, new Dictionary<string, string?> { ["Form.StartDate"] = "2023-02-26" });
        // Other meetings have site visits too: the row of the 2023 summit's.
        var siteVisit = (await staff.GetAsync("/admin/program-items?q=Site visit")).QuerySelectorAll("tbody tr")
            .First(tr => tr.TextOf().Contains("Leaders Summit 2023", StringComparison.Ordinal)).QuerySelector("th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(siteVisit, new Dictionary<string, string?> { ["Form.StartsAt"] = "14:00", ["Form.EndsAt"] = "17:00" });
        var day = (await staff.GetAsync("/admin/program-days?q=2023-02-27")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(day, new Dictionary<string, string?> { ["Form.Date"] = "2023-02-26" });

        var item = await factory.CreateVisitor().GetPageAsync($"{Event}/program/site-visit");
        Assert.Equal("2023-02-26T14:00+09:00", item.QuerySelector(".entry__time time")!.GetAttribute("datetime"));
    }
}
