using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// Ways of taking part are data staff edit at /admin/participation-kinds: a new one gets a column in
/// every city's participation table and shows on the public pages in both languages, with no code.
/// </summary>
public sealed class ParticipationKindEditingTests(SummitFactory shared) : IClassFixture<SummitFactory>
{
    private const string Path = "/admin/participation-kinds";
    private const string Event = "leaders-summit-2023";

    private static async Task<string> EditUrlAsync(Browser staff, string listPath, string name) =>
        (await staff.GetAsync($"{listPath}?q={Uri.EscapeDataString(name)}")).QuerySelectorAll("tbody th a")
            .First(a => a.TextOf() == name).GetAttribute("href")!;

    /// <summary>Ticks <paramref name="kinds"/> (and only those) for the city at the 2023 summit, through the city's form.</summary>
    private static async Task TickAsync(SummitFactory factory, Browser staff, string city, params string[] kinds)
    {
        var eventId = await factory.WithStoreAsync(db => db.Events.Where(e => e.Slug == Event).Select(e => e.Id).SingleAsync());
        var edit = await EditUrlAsync(staff, "/admin/cities", city);
        var form = await staff.GetAsync(edit);
        var row = form.QuerySelectorAll("#Form_Participation tbody tr")
            .Single(tr => tr.QuerySelector("input[type=hidden]")?.GetAttribute("value") == eventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var name = row.QuerySelector("input[type=checkbox]")!.GetAttribute("name")!;
        foreach (var kind in kinds)
        {
            Assert.NotNull(row.QuerySelector($"input[type=checkbox][value='{kind}']"));
        }

        // Several values of one field: the binder also reads them as Kinds[0], Kinds[1] …
        var changes = new Dictionary<string, string?> { [name] = null };
        for (var i = 0; i < kinds.Length; i++)
        {
            changes[$"{name}[{i}]"] = kinds[i];
        }

        using var response = await staff.SubmitAsync(form, changes);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<IReadOnlyList<JsonElement>> ApiParticipationsAsync(HttpClient visitor, string city)
    {
        using var json = JsonDocument.Parse(await visitor.GetStringAsync($"/api/v1/cities/{city}"));
        return json.RootElement.GetProperty("participations").EnumerateArray().Select(p => p.Clone()).ToList();
    }

    private static bool Says(JsonElement participation, string text) =>
        participation.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == text);

    [Fact]
    public async Task Presenter_ticked_for_a_city_shows_on_its_page_and_in_the_open_data()
    {
        var factory = shared;
        var staff = await factory.SignInAsNewStaffAsync();

        await TickAsync(factory, staff, "Helsinki", "venue", "presenter");

        var visitor = factory.CreateVisitor();
        var page = await visitor.GetPageAsync("/cities/helsinki");
        Assert.Contains("as a presenting city", page.QuerySelector("main")!.TextOf());
        Assert.Contains("at the venue", page.QuerySelector("main")!.TextOf());
        var japanese = await visitor.GetPageAsync("/ja/cities/helsinki");
        Assert.Contains("発表都市として参加", japanese.QuerySelector("main")!.TextOf());
        var participations = await ApiParticipationsAsync(visitor, "helsinki");
        Assert.Contains(participations, p => Says(p, "presenter"));
        Assert.Contains(participations, p => Says(p, "venue"));
    }

    [Fact]
    public async Task A_way_created_by_staff_gets_a_column_for_every_city_and_shows_on_the_city_page_in_both_languages()
    {
        var factory = shared;
        var staff = await factory.SignInAsNewStaffAsync();

        var created = await staff.SubmitAndFollowAsync($"{Path}/new", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Observer", ["Form.NameJa"] = "オブザーバー",
            ["Form.Phrase"] = "as an observing city", ["Form.PhraseJa"] = "オブザーバー都市として参加",
        });

        var list = await staff.GetAsync(Path);
        Assert.Equal("Observer", list.Texts("tbody th a")[^1]);
        var kind = await factory.WithStoreAsync(db => db.ParticipationKinds.AsNoTracking().SingleAsync(k => k.Name == "Observer"));
        Assert.Equal("observer", kind.Slug);
        Assert.Equal(await factory.WithStoreAsync(db => db.ParticipationKinds.CountAsync(k => k.Id != kind.Id)), kind.SortOrder);
        Assert.Equal(created, $"{Path}/{kind.Id}");

        var cityForm = await staff.GetAsync(await EditUrlAsync(staff, "/admin/cities", "Nairobi"));
        Assert.Contains("Observer", cityForm.QuerySelector("#Form_Participation thead")!.TextOf());
        await TickAsync(factory, staff, "Nairobi", "venue", "observer");

        var visitor = factory.CreateVisitor();
        Assert.Contains("as an observing city", (await visitor.GetPageAsync("/cities/nairobi")).QuerySelector("main")!.TextOf());
        Assert.Contains("オブザーバー都市として参加", (await visitor.GetPageAsync("/ja/cities/nairobi")).QuerySelector("main")!.TextOf());
        Assert.Contains(await ApiParticipationsAsync(visitor, "nairobi"), p => Says(p, "observer"));

        var history = await staff.GetAsync($"{Path}/{kind.Id}/history");
        Assert.NotEmpty(history.QuerySelectorAll("tbody tr"));
        var audit = await staff.GetAsync("/admin/audit?kind=ParticipationKind");
        Assert.Contains("Observer", audit.QuerySelector("main")!.TextOf());
        var translations = await staff.GetAsync("/admin/translations?kind=ParticipationKind");
        Assert.Equal(["kind-ParticipationKind"], translations.QuerySelectorAll("section h2").Select(h => h.Id!));
    }

    [Fact]
    public async Task A_way_cities_took_part_in_cannot_be_deleted_and_the_page_says_why()
    {
        var factory = shared;
        var staff = await factory.SignInAsNewStaffAsync();
        var used = await factory.WithStoreAsync(db => db.Participations.CountAsync(p => p.Kind.Slug == "venue"));
        var edit = await EditUrlAsync(staff, Path, "At the venue");

        var confirm = await staff.GetAsync($"{edit}/delete");
        Assert.Contains("Untick it in those cities' participation first", confirm.QuerySelector(".error-summary")!.TextOf());

        var version = await factory.WithStoreAsync(db => db.ParticipationKinds.Where(k => k.Slug == "venue").Select(k => k.Version).SingleAsync());
        Assert.Null(confirm.QuerySelector("main form"));
        // A delete posted all the same (an old tab, a crafted request) is refused too.
        var token = (await staff.GetAsync(edit)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var refused = await staff.Client.PostAsync($"{edit}/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True(await factory.WithStoreAsync(db => db.ParticipationKinds.AnyAsync(k => k.Slug == "venue")));
        Assert.Equal(used, await factory.WithStoreAsync(db => db.Participations.CountAsync(p => p.Kind.Slug == "venue")));
    }

    [Fact]
    public async Task A_way_no_city_used_can_be_deleted_and_leaves_the_city_form()
    {
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        // A way of its own: every way in content/ is used by some meeting.
        await staff.SubmitAndFollowAsync($"{Path}/new", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Observer", ["Form.Phrase"] = "as an observing city",
        });
        var edit = await EditUrlAsync(staff, Path, "Observer");

        var confirm = await staff.GetAsync($"{edit}/delete");
        Assert.Null(confirm.QuerySelector(".error-summary"));
        using var deleted = await staff.SubmitAsync(confirm, formSelector: "main form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithStoreAsync(db => db.ParticipationKinds.AnyAsync(k => k.Slug == "observer")));
        var cityForm = await staff.GetAsync(await EditUrlAsync(staff, "/admin/cities", "Tokyo"));
        Assert.DoesNotContain("Observer", cityForm.QuerySelector("#Form_Participation thead")!.TextOf());
    }

    [Fact]
    public async Task The_list_shows_the_ways_in_order_with_their_cities_and_moving_one_down_swaps_it_with_the_next()
    {
        // Its own store: it changes the order other tests read.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();

        var list = await staff.GetAsync(Path);

        Assert.Equal(["At the venue", "Online", "Video message", "Presenter", "Audience", "Listed"], list.Texts("tbody th a"));
        var venue = list.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextOf() == "At the venue");
        var cities = await factory.WithStoreAsync(db => db.Participations.Where(p => p.Kind.Slug == "venue").Select(p => p.CityId).Distinct().CountAsync());
        Assert.Contains(cities.ToString(System.Globalization.CultureInfo.InvariantCulture), venue.Texts("td"));
        Assert.Contains("会場参加", venue.Texts("td"));
        Assert.NotNull(list.QuerySelector($"nav.admin-nav a[href='{Path}']"));

        var online = list.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextOf() == "Online");
        var down = online.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.EndsWith("direction=down", StringComparison.Ordinal)).GetAttribute("action")!;
        using var moved = await staff.SubmitAsync(list, formSelector: $"form[action='{down}']");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["At the venue", "Video message", "Online", "Presenter", "Audience", "Listed"], (await staff.GetAsync(Path)).Texts("tbody th a"));
        var orders = await factory.WithStoreAsync(db => db.ParticipationKinds.OrderBy(k => k.SortOrder).Select(k => k.SortOrder).ToListAsync());
        Assert.Equal(Enumerable.Range(0, orders.Count), orders);
    }

    [Theory]
    [InlineData("Form.Name", "", "Enter the name of this way of taking part.")]
    [InlineData("Form.Phrase", "", "Enter how it reads after “took part”.")]
    [InlineData("Form.Slug", "Not a slug!", "cannot be used in an address")]
    [InlineData("Form.Slug", "online", "is already used by another way of taking part")]
    [InlineData("Form.SortOrder", "-1", "The order is a whole number from 0 to 1000.")]
    public async Task A_way_with_bad_input_is_refused_with_a_message(string field, string value, string message)
    {
        var factory = shared;
        var staff = await factory.SignInAsNewStaffAsync();
        var fields = new Dictionary<string, string?> { ["Form.Name"] = "Refused way", ["Form.Phrase"] = "as a refused way", [field] = value };

        using var response = await staff.SubmitAsync($"{Path}/new", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithStoreAsync(db => db.ParticipationKinds.AnyAsync(k => k.Phrase == "as a refused way")));
    }

    [Fact]
    public async Task In_japanese_mode_the_form_and_its_messages_are_japanese()
    {
        var staff = await shared.SignInAsNewStaffAsync();
        using (await staff.SubmitAsync(Path, formSelector: "form.admin-language", submitter: "button[value=ja]"))
        {
        }

        using var refused = await staff.SubmitAsync($"{Path}/new", new Dictionary<string, string?> { ["Form.Name"] = "" });
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var text = page.QuerySelector("main")!.TextOf();
        Assert.Contains("参加方法の名前を入力してください。", text);
        Assert.Contains("文中での言い方", text);
        Assert.DoesNotContain("Enter the name", text);

        var cityForm = await staff.GetAsync(await EditUrlAsync(staff, "/admin/cities", "Tokyo"));
        Assert.Equal(["会場参加", "オンライン参加", "ビデオメッセージ", "発表", "聴講", "記載なし"], cityForm.QuerySelectorAll("#Form_Participation thead th").Skip(1).Select(th => th.TextOf()));
    }
}
