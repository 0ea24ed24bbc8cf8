using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>The staff menu is grouped by task; a session's cities are ticked in one list.</summary>
public sealed class AdminMenuTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Session1 = "/events/leaders-summit-2023/program/session-1";

    [Fact]
    public async Task The_menu_shows_the_dashboard_and_three_groups_that_open_without_script()
    {
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);

        var page = await admin.GetAsync("/admin/cities");

        var nav = page.QuerySelector("nav.admin-nav")!;
        Assert.Equal(["Dashboard", "Content", "Network (you are here)", "Site"],
            nav.QuerySelectorAll(".admin-nav__groups > li").Select(li => (li.QuerySelector("summary") ?? li.QuerySelector("a"))!.TextOf()));
        Assert.Equal(["Cities", "People", "Representatives", "Ways of taking part"], nav.QuerySelectorAll("details").Single(d => d.QuerySelector("summary.is-current") is not null).Texts("li a"));
        Assert.Equal("page", nav.QuerySelector("a[href='/admin/cities']")!.GetAttribute("aria-current"));
        var content = nav.QuerySelectorAll("details").First(d => d.QuerySelector("summary")!.TextOf() == "Content");
        Assert.Contains("Program items", content.Texts("li a"));
        Assert.Contains("Communiqué sections", content.Texts("li a"));
        Assert.Contains("News", content.Texts("li a"));
        Assert.Contains("Backups", nav.Texts("li a"));
    }

    [Fact]
    public async Task An_editor_sees_no_account_or_backup_pages_in_the_menu()
    {
        var editor = await factory.SignInAsNewStaffAsync();

        var nav = (await editor.GetAsync("/admin")).QuerySelector("nav.admin-nav")!;

        Assert.Equal(["Translations", "Audit log"], nav.QuerySelectorAll("details").Single(d => d.QuerySelector("summary")!.TextOf() == "Site").Texts("li a"));
    }

    [Fact]
    public async Task A_sessions_cities_are_one_list_of_checkboxes_grouped_by_continent()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/program-items?q=Session 1")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        var form = await staff.GetAsync(edit);

        var picker = form.QuerySelector("#Form_Cities")!;
        Assert.Empty(picker.QuerySelectorAll("select"));
        Assert.Equal(Enum.GetNames<Continent>(), picker.Texts(".city-picker__continent > legend"));
        var boxes = picker.QuerySelectorAll("input[type=checkbox]");
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal(scope.ServiceProvider.GetRequiredService<SummitDbContext>().Cities.Count(), boxes.Length);
        }

        var ticked = picker.QuerySelectorAll("input[type=checkbox]:checked").Select(b => form.QuerySelector($"label[for='{b.Id}']")!.TextOf()).ToList();
        Assert.Equal(5, ticked.Count);
        Assert.Contains("Tokyo (Japan)", ticked);
        var asia = picker.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")!.TextOf() == "Asia");
        Assert.NotNull(asia.QuerySelector($"#{picker.QuerySelectorAll("input[type=checkbox]").First(b => form.QuerySelector($"label[for='{b.Id}']")!.TextOf() == "Tokyo (Japan)").Id}"));
    }

    [Fact]
    public async Task Ticking_a_city_keeps_the_order_of_those_already_listed_and_adds_it_after_them()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/program-items?q=Session 1")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var form = await staff.GetAsync(edit);
        string City(string name) =>
            form.QuerySelectorAll("#Form_Cities label").First(l => l.TextOf().StartsWith(name, StringComparison.Ordinal)).GetAttribute("for")!["Form_Cities_".Length..];
        var before = (await factory.CreateVisitor().GetPageAsync(Session1)).Texts(".entry__cities .chips a");

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?>
        {
            [$"Form.Cities[{City("Cairo")}]"] = City("Cairo"),
            [$"Form.Cities[{City("Malm")}]"] = null,
        });

        var after = (await factory.CreateVisitor().GetPageAsync(Session1)).Texts(".entry__cities .chips a");
        Assert.Equal(["Tokyo", "Abu Dhabi", "Malmö", "New York", "Paris"], before);
        Assert.Equal(["Tokyo", "Abu Dhabi", "New York", "Paris", "Cairo"], after);
    }

    [Fact]
    public async Task A_conflict_on_a_session_does_not_report_its_cities_when_only_the_list_order_differs()
    {
        var first = await factory.SignInAsNewStaffAsync();
        var second = await factory.SignInAsNewStaffAsync();
        var edit = (await first.GetAsync("/admin/program-items?q=Session 3")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var firstForm = await first.GetAsync(edit);
        var secondForm = await second.GetAsync(edit);
        using (await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Title"] = "Session 3 (first)" }))
        {
        }

        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Title"] = "Session 3 (second)" });

        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Equal(["Title"], page.QuerySelectorAll(".conflict tbody tr").Select(r => r.QuerySelector("th")!.TextOf()));
    }
}
