using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>What staff type can never hurt visitors, and what they type is never lost.</summary>
public sealed class EditingSafetyTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private async Task<string> EditUrlAsync(Browser staff, string list, string query) =>
        (await staff.GetAsync($"{list}?q={Uri.EscapeDataString(query)}")).QuerySelector("tbody th a")!.GetAttribute("href")!;

    [Fact]
    public async Task A_script_typed_into_Markdown_never_reaches_the_public_page()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "KORESAWA");

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?>
        {
            ["Form.BioMarkdown"] = "Urban planner.\n\n<script>alert('xss')</script>\n\n<img src=x onerror=alert(1)>\n\n[click me](javascript:alert(1))\n\n<a href=\"https://example.org\" onclick=\"alert(1)\">ok</a>",
        });

        using var response = await factory.CreateVisitor().GetAsync("/people/koresawa-atsushi");
        var html = await response.Content.ReadAsStringAsync();
        var bio = Html.Parse(html).Section("bio-heading");
        Assert.Contains("Urban planner.", bio.TextOf());
        Assert.Empty(bio.QuerySelectorAll("script, img, [onerror], [onclick]"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", bio.InnerHtml);
    }

    [Fact]
    public async Task The_preview_renders_Markdown_without_saving()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/pages", "About");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.BodyMarkdown"] = "A **bold** preview <script>x()</script>" },
            submitter: "button[name=preview]");

        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bold", page.QuerySelector(".preview strong")!.TextOf());
        Assert.Empty(page.QuerySelectorAll(".preview script"));
        Assert.Contains("A **bold** preview", page.QuerySelector("textarea[name='Form.BodyMarkdown']")!.TextContent);
        Assert.DoesNotContain("preview", (await factory.CreateVisitor().GetPageAsync("/about")).QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task An_uploaded_photo_is_resized_served_with_a_long_cache_lifetime_and_shown_with_its_alt_text()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "Mari");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.PhotoAlt"] = "Portrait of Ms. Mari Christine" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("portrait.png", TestImages.Png(900, 600), "image/png") });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var visitor = factory.CreateVisitor();
        var photo = (await visitor.GetPageAsync("/people/mari-christine")).QuerySelector(".profile img.avatar")!;
        Assert.Equal("Portrait of Ms. Mari Christine", photo.GetAttribute("alt"));
        Assert.Equal("160", photo.GetAttribute("width"));
        using var image = await visitor.GetAsync(photo.GetAttribute("src"));
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
        Assert.True(image.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365));
        using var decoded = SkiaSharp.SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal((160, 160), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task A_text_file_renamed_to_jpg_is_refused_and_nothing_is_saved()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "ISHII");

        using var response = await staff.SubmitAsync(edit,
            new Dictionary<string, string?> { ["Form.PhotoAlt"] = "Portrait", ["Form.Position"] = "Changed together with the bad photo" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("photo.jpg", "not really an image\n"u8.ToArray(), "image/jpeg") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("“photo.jpg” is not a JPEG, PNG, WebP or GIF image (its contents were checked, not its name)", Browser.ErrorsIn(body));
        Assert.Equal("Changed together with the bad photo", Html.Parse(body).QuerySelector("#Form_Position")!.TextContent);
        var page = await factory.CreateVisitor().GetPageAsync("/people/ishii-naoko");
        Assert.StartsWith("Executive Vice President", page.QuerySelector(".profile .lead")!.TextOf());
        Assert.NotNull(page.QuerySelector(".profile .avatar--initials"));
    }

    [Fact]
    public async Task A_photo_over_5_MB_is_refused_with_its_size()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "ISHII");
        var big = new byte[6 * 1024 * 1024];
        TestImages.Png().CopyTo(big, 0);

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.PhotoAlt"] = "Portrait" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("huge.png", big, "image/png") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("“huge.png” is 6 MB; images can be at most 5 MB", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_photo_needs_alt_text()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/people", "ISHII");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.PhotoAlt"] = "" },
            files: new Dictionary<string, (string, byte[], string)> { ["Form.PhotoUpload"] = ("portrait.png", TestImages.Png(), "image/png") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Describe the photo", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_showing_the_difference_and_keeps_their_text()
    {
        var first = await factory.SignInAsNewStaffAsync();
        var second = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(first, "/admin/cities", "Nice");
        var firstForm = await first.GetAsync(edit);
        var secondForm = await second.GetAsync(edit);

        using (var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Country"] = "France (first editor)" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Country"] = "France (second editor)" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("saved this city after you opened it", page.QuerySelector(".error-summary")!.TextOf());
        var row = page.QuerySelectorAll(".conflict tbody tr").Single(r => r.QuerySelector("th")!.TextOf() == "Country");
        Assert.Equal("France (first editor)", row.QuerySelector(".diff__old")!.TextOf());
        Assert.Equal("France (second editor)", row.QuerySelector(".diff__new")!.TextOf());
        Assert.Equal("France (second editor)", page.QuerySelector("#Form_Country")!.GetAttribute("value"));
        Assert.Equal("France (first editor)", (await factory.CreateVisitor().GetPageAsync("/cities/nice")).QuerySelector(".lead")!.TextOf());

        using var again = await second.SubmitAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("France (second editor)", (await factory.CreateVisitor().GetPageAsync("/cities/nice")).QuerySelector(".lead")!.TextOf());
    }

    [Fact]
    public async Task An_earlier_revision_is_shown_as_a_difference_and_restored()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Helsinki");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Country"] = "Suomi" });
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Country"] = "Finland (Suomi)" });

        var history = await staff.GetAsync($"{edit}/history");
        var rows = history.QuerySelectorAll("tbody tr").SkipLast(1).ToList();
        Assert.Contains("Imported", history.QuerySelectorAll("tbody tr")[^1].TextOf());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("Country", r.TextOf()));
        var latest = await staff.GetAsync(rows[0].QuerySelector("a")!.GetAttribute("href")!);
        var change = latest.QuerySelectorAll(".diff tbody tr").Single();
        Assert.Equal(["Country", "Suomi", "Finland (Suomi)"], change.Children.Select(c => c.TextOf()));

        var earlier = rows[1].QuerySelector("a")!.GetAttribute("href")!;
        using var restored = await staff.SubmitAsync(earlier, formSelector: "main form.actions");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        Assert.Equal("Suomi", (await factory.CreateVisitor().GetPageAsync("/cities/helsinki")).QuerySelector(".lead")!.TextOf());
        var after = await staff.GetAsync($"{edit}/history");
        Assert.Contains("Restored", after.QuerySelector("tbody tr")!.TextOf());
    }

    [Fact]
    public async Task A_deleted_page_is_restored_from_its_history_at_its_old_address()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var created = await staff.SubmitAndFollowAsync("/admin/pages/new", new Dictionary<string, string?>
        {
            ["Form.Title"] = "Venue access", ["Form.Summary"] = "Getting to the venue.", ["Form.BodyMarkdown"] = "Take the Marunouchi line.",
        });
        await staff.SubmitAndFollowAsync($"{created}/delete", formSelector: "main form.actions");
        await factory.CreateVisitor().GetPageAsync("/venue-access", HttpStatusCode.NotFound);

        var audit = await staff.GetAsync("/admin/audit?kind=Page");
        var deletion = audit.QuerySelectorAll("tbody tr").First(r => r.TextOf().Contains("Deleted", StringComparison.Ordinal));
        var history = await staff.GetAsync(deletion.QuerySelector("a")!.GetAttribute("href")!);
        using var restored = await staff.SubmitAsync(history, formSelector: "main form.actions");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Take the Marunouchi line.", (await factory.CreateVisitor().GetPageAsync("/venue-access")).QuerySelector("main p")!.TextOf());
    }

    [Theory]
    [InlineData("Form.Latitude", "north", "“north” is not a valid value for Latitude.")]
    [InlineData("Form.Latitude", "123", "Latitude is between -90 and 90.")]
    [InlineData("Form.Name", "", "Enter the city's name.")]
    [InlineData("Form.CountryCode", "Japan", "Enter the two-letter ISO country code in capitals, e.g. JP.")]
    [InlineData("Form.Slug", "tokyo", "The address “tokyo” is already used by another city.")]
    [InlineData("Form.Slug", "!!!", "cannot be used in an address")]
    [InlineData("Form.Continent", "Atlantis", "“Atlantis” is not a valid value for Continent.")]
    [InlineData("Form.Participation[0].EventId", "9999", "One of the events no longer exists.")]
    public async Task Bad_form_input_gets_a_message_and_422_and_keeps_what_was_typed(string field, string value, string message)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/cities", "Amman");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { [field] = value, ["Form.Country"] = "Jordan (typed)" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Browser.ErrorsIn(body));
        Assert.Equal("Jordan (typed)", Html.Parse(body).QuerySelector("#Form_Country")!.GetAttribute("value"));
        Assert.Equal("Jordan", (await factory.CreateVisitor().GetPageAsync("/cities/amman")).QuerySelector(".lead")!.TextOf());
    }

    [Theory]
    [InlineData("/admin/cities/999999")]
    [InlineData("/admin/people/999999/history")]
    [InlineData("/admin/pages/999999/delete")]
    [InlineData("/admin/program-items/1/history/999999")]
    public async Task Unknown_records_are_not_found(string url)
    {
        var staff = await factory.SignInAsNewStaffAsync();

        using var response = await staff.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_program_item_with_an_end_before_its_start_is_refused()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "/admin/program-items", "Opening ceremony");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.StartsAt"] = "11:00", ["Form.EndsAt"] = "10:00" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The end time must be after the start time.", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_audit_log_lists_who_changed_what()
    {
        var email = await factory.CreateStaffAsync(GNets.Summit.Web.Data.Entities.StaffRoles.Editor);
        var staff = await factory.SignInAsync(email);
        var edit = await EditUrlAsync(staff, "/admin/cities", "Brussels");
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Latitude"] = "50.85" });

        var audit = await staff.GetAsync($"/admin/audit?user={Uri.EscapeDataString(email)}");

        var row = audit.QuerySelector("tbody tr")!.TextOf();
        Assert.Contains("Edited city", row);
        Assert.Contains("Brussels", row);
        Assert.Contains("Latitude", row);
    }
}
