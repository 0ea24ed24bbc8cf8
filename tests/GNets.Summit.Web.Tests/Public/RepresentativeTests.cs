using System.Text.Json;
using AngleSharp.Dom;
using GNets.Summit.Web.Content;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class RepresentativeTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Program = "/events/leaders-summit-2023/program";

    /// <summary>The representatives' cards: a program page's section, or on a city page each meeting's part of its history.</summary>
    private static IReadOnlyList<IElement> Cards(IDocument page) =>
        page.GetElementById("representatives-heading") is null
            ? page.QuerySelectorAll(".history .representative").ToList()
            : page.Section("representatives-heading").QuerySelectorAll(".representative").ToList();

    private static List<JsonElement> JsonLd(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    [Theory]
    [InlineData("tokyo", "Ms. KOIKE Yuriko", "Governor of Tokyo")]
    [InlineData("new-york", "Eric Adams", "Mayor of New York")]
    [InlineData("amman", "Mr. Ahmad Malkawi", "Director of the City, Greater Amman Municipality")]
    public async Task A_city_page_shows_who_represented_the_city_with_their_title(string city, string name, string title)
    {
        var page = await factory.CreateVisitor().GetPageAsync($"/cities/{city}");

        var card = Assert.Single(Cards(page));
        Assert.Equal(name, card.QuerySelector(".person-card__name")!.TextOf());
        Assert.StartsWith(title, card.QuerySelector(".person-card__position")!.TextOf());
        Assert.NotNull(card.QuerySelector(".avatar, img"));
    }

    [Fact]
    public async Task Tokyo_page_says_the_governor_was_the_host_gave_the_opening_greeting_and_attended_session_1()
    {
        var card = Assert.Single(Cards(await factory.CreateVisitor().GetPageAsync("/cities/tokyo")));

        Assert.Contains("Host", card.Texts(".tag"));
        Assert.Equal(["Opening greeting: Opening ceremony", "Attended: Session 1: Environment"], card.Texts(".representative__roles li"));
    }

    [Fact]
    public async Task A_city_without_a_named_representative_has_no_such_section()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/paris");

        Assert.Null(page.GetElementById("representatives-heading"));
    }

    [Theory]
    [InlineData("opening-ceremony", "Opening greeting")]
    [InlineData("session-1", "Attended")]
    public async Task The_opening_ceremony_and_session_1_show_the_governor_with_her_role_there(string item, string role)
    {
        var page = await factory.CreateVisitor().GetPageAsync($"{Program}/{item}");

        var card = Assert.Single(Cards(page));
        Assert.Equal("Ms. KOIKE Yuriko", card.QuerySelector(".person-card__name")!.TextOf());
        Assert.Contains("Represented Tokyo", card.TextOf());
        Assert.StartsWith(role + ":", Assert.Single(card.Texts(".representative__roles li")));
        Assert.Contains(page.QuerySelectorAll(".entry__people"), p => p.TextOf().StartsWith(role + ": Ms. KOIKE Yuriko", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_video_messages_item_shows_Mayor_Adams_and_his_video_message()
    {
        var page = await factory.CreateVisitor().GetPageAsync($"{Program}/video-messages-from-cities");

        var card = Assert.Single(Cards(page));
        Assert.Equal("Eric Adams", card.QuerySelector(".person-card__name")!.TextOf());
        Assert.Equal(["Video message: Video message from cities"], card.Texts(".representative__roles li"));
    }

    [Fact]
    public async Task The_people_list_shows_the_representatives_as_a_group()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/people");

        Assert.Equal(["Ms. KOIKE Yuriko", "Eric Adams", "Mr. Ahmad Malkawi"], page.Section("representatives-heading").Texts(".person-card__name"));
        Assert.Equal(["Represented Tokyo", "Represented New York", "Represented Amman"], page.Section("representatives-heading").Texts(".representative__city"));
    }

    [Fact]
    public async Task A_person_page_says_which_city_they_represented_and_as_what()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/people/koike-yuriko");

        Assert.Equal(["Governor of Tokyo, Tokyo Metropolitan Government, represented Tokyo at the 1st G-NETS Leaders Summit (host)"],
            page.Section("represented-heading").Texts("li"));
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextOf().StartsWith("Opening greeting, Opening ceremony", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_city_page_names_its_representative_in_JSON_LD_with_title_and_government()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/amman");

        var person = JsonLd(page).Single(b => b.GetProperty("@type").GetString() == "Person");
        Assert.Equal("Ahmad Malkawi", person.GetProperty("name").GetString());
        Assert.Equal("Director of the City", person.GetProperty("jobTitle").GetString());
        Assert.Equal("GovernmentOrganization", person.GetProperty("affiliation").GetProperty("@type").GetString());
        Assert.Equal("Greater Amman Municipality", person.GetProperty("affiliation").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_event_names_the_representatives_who_spoke_as_performers_and_the_others_as_attendees()
    {
        var ev = JsonLd(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023")).Single(b => b.GetProperty("@type").GetString() == "Event");

        var performers = ev.GetProperty("performer").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("Governor of Tokyo", performers["KOIKE Yuriko"].GetProperty("jobTitle").GetString());
        Assert.Equal("Mayor of New York", performers["Eric Adams"].GetProperty("jobTitle").GetString());
        Assert.False(performers["Eric Adams"].TryGetProperty("affiliation", out _));
        var attendee = Assert.Single(ev.GetProperty("attendee").EnumerateArray());
        Assert.Equal("Ahmad Malkawi", attendee.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Session_1_names_the_governor_as_an_attendee_in_JSON_LD()
    {
        var page = await factory.CreateVisitor().GetPageAsync($"{Program}/session-1");

        var session = JsonLd(page).Single(b => b.GetProperty("@type").GetString() == "Event");
        var attendee = Assert.Single(session.GetProperty("attendee").EnumerateArray());
        Assert.Equal("KOIKE Yuriko", attendee.GetProperty("name").GetString());
        Assert.Equal("Tokyo Metropolitan Government", attendee.GetProperty("affiliation").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Staff_add_a_representative_and_the_city_page_shows_them()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var form = await staff.GetAsync("/admin/representatives/new");
        string Option(string select, string text) =>
            form.QuerySelectorAll($"#{select} option").Single(o => o.TextOf() == text).GetAttribute("value")!;

        await staff.SubmitAndFollowAsync("/admin/representatives/new", new Dictionary<string, string?>
        {
            ["Form.EventId"] = Option("Form_EventId", "Leaders Summit 2023"),
            ["Form.CityId"] = Option("Form_CityId", "Helsinki (Finland)"),
            ["Form.PersonId"] = Option("Form_PersonId", "Mr. IZUMO Mitsuru"),
            ["Form.Title"] = "Test representative",
        });

        var card = Assert.Single(Cards(await factory.CreateVisitor().GetPageAsync("/cities/helsinki")));
        Assert.Equal("Mr. IZUMO Mitsuru", card.QuerySelector(".person-card__name")!.TextOf());
        Assert.StartsWith("Test representative of Helsinki", card.QuerySelector(".person-card__position")!.TextOf());
    }

    [Fact]
    public async Task Staff_cannot_add_the_same_representative_twice()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/representatives?q=Malkawi")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var existing = await staff.GetAsync(edit);
        string Selected(string select) => existing.QuerySelector($"#{select} option[selected]")!.GetAttribute("value")!;

        using var response = await staff.SubmitAsync("/admin/representatives/new", new Dictionary<string, string?>
        {
            ["Form.EventId"] = Selected("Form_EventId"), ["Form.CityId"] = Selected("Form_CityId"),
            ["Form.PersonId"] = Selected("Form_PersonId"), ["Form.Title"] = "Director of the City",
        });

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("already represents this city at this event", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("city: amman", "city: amsterdamm", "city", "'amsterdamm' is not a city in content/cities.yml")]
    [InlineData("person: ahmad-malkawi", "person: ahmad-malkawy", "person", "'ahmad-malkawy' is not a person in content/people/")]
    public void Content_naming_an_unknown_city_or_person_as_representative_names_the_file_and_field(string find, string replace, string field, string message)
    {
        using var content = new TempContent();
        content.Replace("events/leaders-summit-2023/representatives.yml", find, replace);

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/events/leaders-summit-2023/representatives.yml", error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }
}
