using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>Staff pages speak in staff words: names, local times, and no type names or file paths.</summary>
public sealed class StaffWordsTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static async Task<string> EditUrlAsync(Browser staff, string list, string name) =>
        (await staff.GetAsync($"{list}?q={Uri.EscapeDataString(name)}")).QuerySelector("tbody th a")!.GetAttribute("href")!;

    [Fact]
    public async Task The_audit_log_names_what_changed_in_words_and_who_by_their_name()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var staff = await factory.SignInAsync(email);
        var edit = await EditUrlAsync(staff, "/admin/communique-sections", "Closing");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Heading"] = "Closing words" });

        var audit = await staff.GetAsync($"/admin/audit?user={Uri.EscapeDataString(email)}");

        var row = audit.QuerySelector("tbody tr")!.TextOf();
        Assert.Contains("Edited communiqué section", row);
        Assert.Contains("Editor tester", row);
        Assert.DoesNotContain(email, row);
        Assert.DoesNotContain("CommuniqueSection", audit.QuerySelector("main")!.TextOf());
        Assert.Contains("Communiqué sections", audit.Texts("#kind option"));
        Assert.Contains("Editor tester", audit.Texts("#user option"));
    }

    [Fact]
    public async Task Times_on_staff_pages_are_in_the_summits_zone_and_say_which()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Tirana");
        var before = DateTime.UtcNow;
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Latitude"] = "41.33" });

        var history = await staff.GetAsync($"{edit}/history");

        var time = history.QuerySelector("tbody time")!;
        Assert.EndsWith("(Japan Standard Time)", time.TextOf());
        var shown = DateTimeOffset.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(9), shown.Offset);
        Assert.InRange(shown.UtcDateTime, before.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.StartsWith(shown.ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture), time.TextOf());
        Assert.DoesNotContain("UTC", history.QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task History_and_the_backups_page_say_what_to_do_without_pointing_to_files_or_the_readme()
    {
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);
        await admin.SubmitAndFollowAsync("/admin/backups", formSelector: "main form.actions");

        var untouched = await EditUrlAsync(admin, "/admin/themes", "Safe and Secure Cities");
        var history = (await admin.GetAsync($"{untouched}/history")).QuerySelector("main")!.TextOf();
        var backups = await admin.GetAsync("/admin/backups");

        Assert.DoesNotContain("content/", history);
        var text = backups.QuerySelector("main")!.TextOf();
        Assert.DoesNotContain("README", text);
        Assert.Contains("Ask whoever runs the server to stop the site.", backups.Texts("ol li"));
        Assert.EndsWith("(Japan Standard Time)", backups.QuerySelector("tbody time")!.TextOf());
    }

    [Fact]
    public async Task A_taken_address_is_reported_once()
    {
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);
        var taken = await factory.CreateStaffAsync(StaffRoles.Editor);

        using var response = await admin.SubmitAsync("/admin/staff/new", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Someone else", ["Email"] = taken, ["Role"] = StaffRoles.Editor,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([$"There is already an account for {taken}."], page.Texts(".error-summary li"));
        Assert.Single(page.QuerySelectorAll(".field__error"));
    }

    [Fact]
    public async Task A_field_that_failed_is_marked_by_more_than_colour()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Brussels");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Latitude"] = "123" });

        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("true", page.QuerySelector("#Form_Latitude")!.GetAttribute("aria-invalid"));
        var css = await factory.CreateVisitor().GetStringAsync("/css/admin.css");
        var rule = css[css.IndexOf(".field input[aria-invalid=\"true\"]", StringComparison.Ordinal)..];
        rule = rule[..rule.IndexOf('}', StringComparison.Ordinal)];
        Assert.Contains("border-left-width", rule);
    }

    [Fact]
    public async Task After_a_failed_save_the_heading_and_title_name_the_stored_record_not_what_was_typed()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Amman");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "Typed but not saved", ["Form.Latitude"] = "123" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Amman", page.QuerySelector("h1")!.TextOf());
        Assert.StartsWith("Amman ·", page.Title);
        Assert.Equal("Typed but not saved", page.QuerySelector("#Form_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_position_of_140_characters_is_shown_whole_in_a_text_area()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var form = await staff.GetAsync(await EditUrlAsync(staff, "/admin/people", "Bloomberg"));

        var position = form.QuerySelector("#Form_Position")!;

        Assert.Equal("TEXTAREA", position.TagName);
    }

    [Fact]
    public async Task Section_and_program_lists_link_each_row_by_its_own_name()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        var sections = (await staff.GetAsync("/admin/communique-sections")).Texts("tbody th a");
        var items = await staff.GetAsync("/admin/program-items");

        Assert.Contains("Summary", sections);
        Assert.Contains("Response to Environmental Issues", sections);
        Assert.Equal(sections.Count, sections.Distinct().Count());
        var links = items.QuerySelectorAll("tbody th a").ToList();
        var keynote = Assert.Single(links, a => a.TextOf().StartsWith("Keynote lecture", StringComparison.Ordinal));
        Assert.Equal("Keynote lecture, Tuesday, February 28, 2023", keynote.TextOf());
        Assert.DoesNotContain(links, a => a.TextOf().StartsWith("2023-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Move_up_is_not_offered_on_the_first_row_nor_move_down_on_the_last()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        var rows = (await staff.GetAsync("/admin/communique-sections")).QuerySelectorAll("tbody tr")
            .Select(r => (Name: r.QuerySelector("th")!.TextOf(), Actions: r.Texts(".row-actions button"))).ToList();

        var first = rows.Single(r => r.Name == "Summary").Actions;
        var middle = rows.Single(r => r.Name == "Response to Environmental Issues").Actions;
        var last = rows.Single(r => r.Name.StartsWith("Closing", StringComparison.Ordinal)).Actions;
        Assert.DoesNotContain(first, a => a.StartsWith("Move up", StringComparison.Ordinal));
        Assert.Contains(first, a => a.StartsWith("Move down", StringComparison.Ordinal));
        Assert.Contains(middle, a => a.StartsWith("Move up", StringComparison.Ordinal));
        Assert.Contains(middle, a => a.StartsWith("Move down", StringComparison.Ordinal));
        Assert.DoesNotContain(last, a => a.StartsWith("Move down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conflict_names_who_saved_first_and_when_in_the_summits_zone()
    {
        var first = await factory.SignInAsync(await factory.CreateStaffAsync(StaffRoles.Admin));
        var second = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(first, "/admin/cities", "Nice");
        var firstForm = await first.GetAsync(edit);
        var secondForm = await second.GetAsync(edit);
        using (await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Country"] = "France (first)" }))
        {
        }

        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Country"] = "France (second)" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.StartsWith("Admin tester saved this city", page.QuerySelector(".error-summary li")!.TextOf());
        Assert.Contains("(Japan Standard Time)", page.QuerySelector(".conflict p")!.TextOf());
    }
}
