using System.Net;
using AngleSharp.Dom;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Models;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// Staff write the Japanese beside the English on every form; the Translations page lists what is
/// missing, out of date or a draft; history, conflicts and restore cover the Japanese too.
/// Each test works on records of its own (a city, person or program item no other test here changes).
/// </summary>
public sealed class TranslationEditingTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string TranslationsPath = "/admin/translations";

    private async Task<string> EditUrlAsync(Browser staff, string list, string name) =>
        (await staff.GetAsync($"{list}?q={Uri.EscapeDataString(name)}")).QuerySelectorAll("tbody th a").First(a => a.TextOf() == name).GetAttribute("href")!;

    private async Task<T> InStoreAsync<T>(Func<SummitDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SummitDbContext>());
    }

    private static IElement? RowFor(IDocument page, string editUrl) =>
        page.QuerySelectorAll(".translations-table tbody tr").FirstOrDefault(r => r.QuerySelector($"a[href='{editUrl}']") is not null);

    [Fact]
    public async Task A_japanese_city_name_is_saved_beside_the_english_and_stamped_with_the_english_it_translates()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Helsinki");

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = "ヘルシンキ" });

        var city = await InStoreAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Name == "Helsinki"));
        Assert.Equal("ヘルシンキ", city.NameJa);
        Assert.Equal(Web.Data.Translations.Hash("Helsinki"), Web.Data.Translations.ReadHashes(city.JaSourceHashes)["Name"]);
        Assert.Equal(TranslationState.Current, Web.Data.Translations.StateOf(city, Web.Data.Translations.FieldsOf(typeof(City)).Single(f => f.Name == "Name")));
        var form = await staff.GetAsync(edit);
        var japanese = form.QuerySelector("#Form_NameJa")!;
        Assert.Equal("ヘルシンキ", japanese.GetAttribute("value"));
        Assert.Equal("ja", japanese.GetAttribute("lang"));
        Assert.Equal("Name (Japanese)", form.QuerySelector("label[for=Form_NameJa]")!.TextOf());
        Assert.Same(form.QuerySelector("#Form_Name")!.Closest(".field-pair"), japanese.Closest(".field-pair"));
    }

    [Fact]
    public async Task An_english_edit_after_the_japanese_shows_the_japanese_as_out_of_date_until_staff_confirm_it()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Amsterdam");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = "アムステルダム", ["Form.CountryJa"] = "オランダ" });
        Assert.Null(RowFor(await staff.GetAsync($"{TranslationsPath}?state=out-of-date"), edit));

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Country"] = "The Netherlands" });

        var row = RowFor(await staff.GetAsync($"{TranslationsPath}?state=out-of-date"), edit)!;
        Assert.Equal("Amsterdam", row.QuerySelector("th")!.TextOf());
        Assert.Equal("Country", row.QuerySelector(".translations-table__out-of-date")!.TextOf());
        var all = RowFor(await staff.GetAsync(TranslationsPath), edit)!;
        Assert.Equal("Country", all.QuerySelector(".translations-table__out-of-date")!.TextOf());

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.JaMatchesEnglish"] = "true" });

        Assert.Null(RowFor(await staff.GetAsync($"{TranslationsPath}?state=out-of-date"), edit));
        Assert.Null((await staff.GetAsync(edit)).QuerySelector("#Form_JaMatchesEnglish[checked]"));
    }

    [Fact]
    public async Task A_record_without_japanese_is_listed_as_missing_under_its_kind_with_a_link_to_its_form()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var created = await staff.SubmitAndFollowAsync("/admin/cities/new", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Testville", ["Form.Country"] = "Testland", ["Form.CountryCode"] = "TL", ["Form.Continent"] = "Europe",
            ["Form.Latitude"] = "50", ["Form.Longitude"] = "10", ["Form.CountryJa"] = "テストランド",
        });

        var page = await staff.GetAsync($"{TranslationsPath}?state=missing");

        var cities = page.QuerySelector("#kind-City")!.ParentElement!;
        Assert.StartsWith("Cities", cities.QuerySelector("h2")!.TextOf());
        var row = RowFor(page, created)!;
        Assert.Same(cities, row.Closest("section"));
        Assert.Equal("Testville", row.QuerySelector("th a")!.TextOf());
        Assert.Equal("Name", row.QuerySelector(".translations-table__missing")!.TextOf());
        Assert.Null(page.QuerySelector(".translations-table__out-of-date"));
        Assert.Matches(@"Missing: \d+", page.QuerySelector(".translations-summary")!.TextOf());
    }

    [Fact]
    public async Task The_translation_status_is_saved_and_drafts_with_japanese_are_listed_for_review()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Bangkok");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = "バンコク", ["Form.JaStatus"] = "Draft" });

        Assert.Equal(TranslationStatus.Draft, await InStoreAsync(db => db.Cities.Where(c => c.Name == "Bangkok").Select(c => c.JaStatus).SingleAsync()));
        var drafts = await staff.GetAsync($"{TranslationsPath}?state=draft");
        Assert.Equal("Draft", RowFor(drafts, edit)!.QuerySelector(".translations-table__status")!.TextOf());

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.JaStatus"] = "Reviewed" });

        Assert.Equal(TranslationStatus.Reviewed, await InStoreAsync(db => db.Cities.Where(c => c.Name == "Bangkok").Select(c => c.JaStatus).SingleAsync()));
        Assert.Equal("Reviewed", (await staff.GetAsync(edit)).QuerySelector("#Form_JaStatus option[selected]")!.GetAttribute("value"));
        Assert.Null(RowFor(await staff.GetAsync($"{TranslationsPath}?state=draft"), edit));
        var history = await staff.GetAsync($"{edit}/history");
        Assert.Contains("Translation status", history.QuerySelector("tbody tr")!.TextOf());
    }

    [Fact]
    public async Task A_stale_save_with_a_japanese_change_shows_both_japanese_versions_and_keeps_what_was_typed()
    {
        var first = await factory.SignInAsNewStaffAsync();
        var second = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(first, "/admin/cities", "Brussels");
        var firstForm = await first.GetAsync(edit);
        var secondForm = await second.GetAsync(edit);
        using (var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.NameJa"] = "ブリュッセル" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.NameJa"] = "ブラッセル" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        var row = page.QuerySelectorAll(".conflict tbody tr").Single(r => r.QuerySelector("th")!.TextOf() == "Name (Japanese)");
        Assert.Equal("ブリュッセル", row.QuerySelector(".diff__old")!.TextOf());
        Assert.Equal("ブラッセル", row.QuerySelector(".diff__new")!.TextOf());
        Assert.Equal("ja", row.QuerySelector(".diff__new")!.GetAttribute("lang"));
        Assert.Equal("ブラッセル", page.QuerySelector("#Form_NameJa")!.GetAttribute("value"));
        Assert.Equal("ブリュッセル", await InStoreAsync(db => db.Cities.Where(c => c.Name == "Brussels").Select(c => c.NameJa).SingleAsync()));
    }

    [Fact]
    public async Task Restoring_an_older_revision_restores_its_japanese_and_history_names_the_japanese_field()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Cairo");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = "カイロ" });
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = "カイロ（エジプト）" });

        var history = await staff.GetAsync($"{edit}/history");
        var rows = history.QuerySelectorAll("tbody tr").ToList();
        Assert.Contains("Name (Japanese)", rows[0].TextOf());
        var latest = await staff.GetAsync(rows[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(["Name (Japanese)", "カイロ", "カイロ（エジプト）"], latest.QuerySelectorAll(".diff tbody tr").Single().Children.Select(c => c.TextOf()));
        Assert.Equal("ja", latest.QuerySelector(".diff tbody td")!.GetAttribute("lang"));
        using var restored = await staff.SubmitAsync(rows[1].QuerySelector("a")!.GetAttribute("href")!, formSelector: "main form.actions");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        Assert.Equal("カイロ", await InStoreAsync(db => db.Cities.Where(c => c.Name == "Cairo").Select(c => c.NameJa).SingleAsync()));
        Assert.Contains("Restored", (await staff.GetAsync($"{edit}/history")).QuerySelector("tbody tr")!.TextOf());
        var audit = await staff.GetAsync("/admin/audit?kind=City");
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), r => r.TextOf().Contains("Cairo", StringComparison.Ordinal) && r.TextOf().Contains("Name (Japanese)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emoji_combining_marks_full_width_spaces_and_a_long_unbroken_japanese_text_save_and_show_again()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "Mari Christine");
        var position = "知事　🗼🇯🇵 が\u3099ん\u309Aば";
        var bio = string.Concat(Enumerable.Repeat("東京都の持続可能な都市づくり", 143))[..2000];

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.PositionJa"] = position, ["Form.BioMarkdownJa"] = bio });

        var form = await staff.GetAsync(edit);
        Assert.Equal(position, form.QuerySelector("#Form_PositionJa")!.TextContent.TrimStart('\n'));
        Assert.Equal(bio, form.QuerySelector("#Form_BioMarkdownJa")!.TextContent.TrimStart('\n'));
        Assert.Equal("ja", form.QuerySelector("#Form_BioMarkdownJa")!.GetAttribute("lang"));
        var preview = await staff.SubmitAsync(form, submitter: "button[name=preview][value='Form.BioMarkdownJa']");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewed = Html.Parse(await preview.Content.ReadAsStringAsync());
        Assert.Contains(bio[..50], previewed.QuerySelector(".preview [lang=ja]")!.TextOf());
        await factory.CreateVisitor().GetPageAsync("/people/mari-christine");
    }

    [Fact]
    public async Task A_japanese_text_longer_than_its_field_allows_is_refused_with_a_message()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Delhi");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.NameJa"] = new string('デ', 101) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Name (Japanese) can be at most 100 characters.", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Japanese_markdown_nested_too_deeply_is_refused_on_save_like_the_english()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "Eric Adams");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.BioMarkdownJa"] = new string('>', 1000) + " 引用" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("nested too deeply", page.QuerySelector("#Form_BioMarkdownJa-error")!.TextOf());
    }

    [Theory]
    [InlineData("Form.JaStatus", "Bogus")]
    [InlineData("Form.JaStatus", "7")]
    [InlineData("Form.JaMatchesEnglish", "perhaps")]
    public async Task A_translation_status_or_confirmation_that_cannot_be_read_is_refused_with_a_message(string field, string value)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Jakarta");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { [field] = value });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotEmpty(Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("?state=bogus")]
    [InlineData("?state=MISSING")]
    [InlineData("?kind=StaffAccount")]
    [InlineData("?kind=%00")]
    public async Task The_translations_page_refuses_an_unknown_filter_with_400(string query)
    {
        var staff = await factory.SignInAsNewStaffAsync();

        await staff.GetAsync(TranslationsPath + query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_translations_page_can_show_one_kind_and_is_in_the_staff_menu()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        await staff.SubmitAndFollowAsync("/admin/people/new", new Dictionary<string, string?>
        {
            ["Form.GivenName"] = "Taro", ["Form.FamilyName"] = "Translation", ["Form.NameOrder"] = "FamilyGiven", ["Form.Position"] = "Tester",
        });

        var page = await staff.GetAsync($"{TranslationsPath}?kind=Person&state=missing");

        Assert.Equal(["kind-Person"], page.QuerySelectorAll("section h2").Select(h => h.Id!));
        Assert.NotNull(page.QuerySelector($"nav.admin-nav a[href='{TranslationsPath}']"));
    }

    [Fact]
    public async Task The_translations_page_reads_each_kind_once_rather_than_each_record()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var kinds = Web.Areas.Admin.Controllers.TranslationsController.TranslatedKinds.Count;

        factory.Queries.Reset();
        await staff.GetAsync(TranslationsPath);

        // One query for each kind's records and one for the names of those listed, plus signing in.
        Assert.True(factory.Queries.Count <= 2 * kinds + 4, $"The page ran {factory.Queries.Count} queries for {kinds} kinds:\n{string.Join("\n---\n", factory.Queries.Commands)}");
    }

    [Fact]
    public async Task Every_translated_text_of_every_kind_has_a_field_on_its_form()
    {
        var editors = typeof(Program).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(ContentEditor<,>))
            .Select(b => (Form: b!.GetGenericArguments()[0], Entity: b.GetGenericArguments()[1]))
            .Append((Form: typeof(MediaForm), Entity: typeof(MediaImage)))
            .ToList();

        Assert.Equal(
            ContentKinds.All.Where(k => !k.AuditOnly).Select(k => k.Entities[0]).Where(t => Web.Data.Translations.FieldsOf(t).Count > 0).OrderBy(t => t.Name),
            editors.Select(e => e.Entity).Distinct().Where(t => Web.Data.Translations.FieldsOf(t).Count > 0).OrderBy(t => t.Name));
        Assert.All(editors, e => Assert.Equal(
            Web.Data.Translations.FieldsOf(e.Entity).Select(f => f.Japanese.Name),
            FormTranslations.PairsOf(e.Entity, e.Form).Select(p => p.Form.Name)));
    }
}
