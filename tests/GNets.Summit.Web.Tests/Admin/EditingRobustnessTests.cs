using System.Net;
using GNets.Summit.Web.Areas.Admin.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// What staff type or upload never breaks a page or the admin, and what they chose is never lost.
/// Each test edits records no other test here reads, or works on a store of its own.
/// </summary>
public sealed class EditingRobustnessTests(SummitFactory factory) : IClassFixture<SummitFactory>
{

    // The admin list of events, narrowed to the 1st Leaders Summit (content/ holds other meetings too).
    private const string Summit2023 = "/admin/events?q=1st%20G-NETS%20Leaders%20Summit";
    private static async Task<string> EditUrlAsync(Browser staff, string list, string query) =>
        (await staff.GetAsync($"{list}?q={Uri.EscapeDataString(query)}")).QuerySelector("tbody th a")!.GetAttribute("href")!;

    [Fact]
    public async Task A_stale_save_of_an_event_shows_the_conflict_keeps_the_text_and_its_history_shows_the_difference()
    {
        var first = await factory.SignInAsNewStaffAsync();
        var second = await factory.SignInAsNewStaffAsync();
        var edit = (await first.GetAsync("/admin/events?q=1st%20G-NETS%20Leaders%20Summit")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var secondForm = await second.GetAsync(edit);
        await first.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.OnlineUrl"] = "https://example.org/first" });

        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.OnlineUrl"] = "https://example.org/second" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("saved this event after you opened it", page.QuerySelector(".error-summary")!.TextOf());
        Assert.Equal("https://example.org/second", page.QuerySelector("#Form_OnlineUrl")!.GetAttribute("value"));
        var row = page.QuerySelectorAll(".conflict tbody tr").Single(r => r.QuerySelector("th")!.TextOf() == "Online address");
        Assert.Equal("https://example.org/first", row.QuerySelector(".diff__old")!.TextOf());

        var history = await first.GetAsync($"{edit}/history");
        var revision = await first.GetAsync(history.QuerySelector("tbody tr a")!.GetAttribute("href")!);
        Assert.Contains("https://example.org/first", revision.QuerySelectorAll(".diff tbody tr").Single(r => r.TextOf().StartsWith("Online address", StringComparison.Ordinal)).TextOf());
    }

    [Fact]
    public async Task The_history_of_a_program_item_with_a_recording_shows_the_difference()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/program-items", "Site visit");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.VideoUrl"] = "https://vimeo.com/76979871" });

        var history = await staff.GetAsync($"{edit}/history");
        var revision = await staff.GetAsync(history.QuerySelector("tbody tr a")!.GetAttribute("href")!);

        var change = revision.QuerySelectorAll(".diff tbody tr").Single(r => r.QuerySelector("th")!.TextOf() == "Recording");
        Assert.Equal("https://vimeo.com/76979871", change.QuerySelector(".diff__new")!.TextOf());
    }

    [Theory]
    [InlineData("/admin/people?q=KORESAWA", "Form.PhotoId", "999999", "The photo this form refers to no longer exists.")]
    [InlineData("/admin/events", "Form.ImageId", "-1", "The image this form refers to no longer exists.")]
    public async Task An_image_id_that_does_not_exist_gets_a_message_and_422(string list, string field, string id, string message)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync(list)).QuerySelector("tbody th a")!.GetAttribute("href")!;

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { [field] = id, [field.Replace("Id", "Alt", StringComparison.Ordinal)] = "A description" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    private static readonly string DeeplyNested = new string('>', 1000) + " x";

    [Fact]
    public async Task Markdown_nested_too_deeply_is_refused_on_save_with_a_message()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/pages", "Accessibility");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.BodyMarkdown"] = DeeplyNested });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("nested too deeply", Browser.ErrorsIn(body));
        Assert.Equal(DeeplyNested, Html.Parse(body).QuerySelector("textarea[name='Form.BodyMarkdown']")!.TextContent.Trim());
        Assert.DoesNotContain(">>>>", (await factory.CreateVisitor().GetPageAsync("/accessibility")).QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task The_preview_of_Markdown_nested_too_deeply_says_so_instead_of_failing()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/pages", "Accessibility");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.BodyMarkdown"] = DeeplyNested },
            submitter: "button[name=preview]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nested too deeply", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Markdown_nested_too_deeply_in_the_store_is_shown_as_text_not_as_an_error_page()
    {
        // Its own store: it writes past the admin's checks into the featured event and a page.
        await using var factory = new SummitFactory();
        await factory.WithStoreAsync(async db =>
        {
            (await db.Events.SingleAsync(e => e.IsFeatured)).IntroMarkdown = DeeplyNested;
            (await db.Pages.SingleAsync(p => p.Slug == "accessibility")).BodyMarkdown = DeeplyNested;
            await db.SaveChangesAsync();
        });
        var visitor = factory.CreateVisitor();

        Assert.Contains(DeeplyNested, (await visitor.GetPageAsync("/events/leaders-summit-2023")).QuerySelector("main")!.TextContent);
        Assert.Contains(DeeplyNested, (await visitor.GetPageAsync("/accessibility")).QuerySelector("main")!.TextContent);
        Assert.Contains(factory.Logs.Messages(Serilog.Events.LogEventLevel.Warning), m => m.Contains("could not be rendered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_image_of_too_many_pixels_is_refused_quickly_before_it_is_decoded()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "KORESAWA");
        var bomb = TestImages.PngBomb(8000, 8000);
        Assert.True(bomb.Length < 200_000, $"The test image is {bomb.Length} bytes");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.PhotoAlt"] = "Portrait" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("bomb.png", bomb, "image/png") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("“bomb.png” is 8000 × 8000 pixels; images can be at most", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Refusing it took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_chosen_photo_is_kept_when_another_field_fails_and_attached_by_the_next_save()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "IZUMO");

        using var failed = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Position"] = "", ["Form.PhotoAlt"] = "Portrait of Mr. IZUMO Mitsuru" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("izumo.png", TestImages.Png(), "image/png") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        var page = Html.Parse(await failed.Content.ReadAsStringAsync());
        Assert.Contains("Photo chosen (saved with the form): izumo.png", page.QuerySelector(".current-photo")!.TextOf());
        Assert.NotNull(page.QuerySelector("input[type=hidden][name='Form.PhotoId']"));
        Assert.NotNull((await factory.CreateVisitor().GetPageAsync("/people/izumo-mitsuru")).QuerySelector(".profile .avatar--initials"));

        using var saved = await staff.SubmitAsync(page, new Dictionary<string, string?> { ["Form.Position"] = "Governor's representative" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var photo = (await factory.CreateVisitor().GetPageAsync("/people/izumo-mitsuru")).QuerySelector(".profile img.avatar")!;
        Assert.Equal("Portrait of Mr. IZUMO Mitsuru", photo.GetAttribute("alt"));
    }

    [Fact]
    public async Task An_events_chosen_image_is_kept_when_another_field_fails()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync(Summit2023)).QuerySelector("tbody th a")!.GetAttribute("href")!;

        using var failed = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Title"] = "", ["Form.ImageAlt"] = "The venue" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.ImageUpload"] = ("venue.png", TestImages.Png(), "image/png") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        var page = Html.Parse(await failed.Content.ReadAsStringAsync());
        Assert.Contains("Image chosen (saved with the form).", page.QuerySelector("main form")!.TextOf());
        Assert.NotNull(page.QuerySelector("input[type=hidden][name='Form.ImageId']"));
    }

    [Fact]
    public async Task A_chosen_photo_is_kept_by_the_preview()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "Bloomberg");

        using var preview = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.BioMarkdown"] = "A **previewed** biography." },
            submitter: "button[name=preview]",
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("bloomberg.png", TestImages.Png(), "image/png") });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = Html.Parse(await preview.Content.ReadAsStringAsync());
        Assert.Equal("previewed", page.QuerySelector(".preview strong")!.TextOf());
        Assert.Contains("Photo chosen (saved with the form): bloomberg.png", page.QuerySelector(".current-photo")!.TextOf());
    }

    [Fact]
    public async Task A_photo_chosen_on_a_form_never_saved_is_deleted_after_a_day_and_a_saved_one_is_kept()
    {
        // Its own store: it ages every image.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var people = await staff.GetAsync("/admin/people?q=ISHII");
        using (await staff.SubmitAsync(people.QuerySelector("tbody th a")!.GetAttribute("href")!, new Dictionary<string, string?> { ["Form.PhotoAlt"] = "Portrait" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("saved.png", TestImages.Png(), "image/png") }))
        {
        }

        using (var failed = await staff.SubmitAsync(await EditUrlAsync(staff, "/admin/people", "KORESAWA"), new Dictionary<string, string?> { ["Form.Position"] = "" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("abandoned.png", TestImages.Png(), "image/png") }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        }

        await factory.WithStoreAsync(db => db.Images.ExecuteUpdateAsync(i => i.SetProperty(x => x.CreatedAtUtc, x => x.CreatedAtUtc.AddDays(-2))));

        await using var scope = factory.Services.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<ImageStore>().DeleteUnsavedAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["saved.png"], await factory.WithStoreAsync(db => db.Images.Select(i => i.OriginalFileName).ToListAsync()));
    }

    [Fact]
    public async Task Unsaved_photos_are_deleted_in_the_background_after_start_not_before_the_site_serves()
    {
        // Its own store, opened again by two more hosts: one whose clean-up waits a day, one whose runs at once.
        await using var first = new SummitFactory();
        var key = Guid.NewGuid().ToString("N")[..24];
        await first.WithStoreAsync(async db =>
        {
            db.Images.Add(new GNets.Summit.Web.Data.Entities.MediaImage
            {
                Key = key, Width = 1, Height = 1, OriginalFileName = "abandoned.png", CreatedAtUtc = DateTime.UtcNow.AddDays(-2), CreatedBy = "test",
            });
            await db.SaveChangesAsync();
        });

        await using (var later = new SummitFactory { DatabasePath = first.DatabasePath })
        {
            using var response = await later.CreateVisitor().GetAsync("/");
            Assert.True(await later.WithStoreAsync(db => db.Images.AnyAsync(i => i.Key == key)), "start-up deleted the image before serving");
        }

        await using var soon = new SummitFactory { DatabasePath = first.DatabasePath };
        soon.Settings["Store:UnsavedImageCleanupDelay"] = "00:00:00";
        using (await soon.CreateVisitor().GetAsync("/"))
        {
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await soon.WithStoreAsync(db => db.Images.AnyAsync(i => i.Key == key)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.False(await soon.WithStoreAsync(db => db.Images.AnyAsync(i => i.Key == key)));
    }
}
