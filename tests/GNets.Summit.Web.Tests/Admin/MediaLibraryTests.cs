using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>
/// The media library: several photos uploaded at once with their texts, bad files refused by name while
/// the good ones are kept, and photos arranged on an event's page (order, cover) shown as responsive images.
/// Each test uploads photos of its own and asserts on them alone.
/// </summary>
public sealed class MediaLibraryTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private sealed record Upload(string FileName, byte[] Bytes, string ContentType = "image/png");

    /// <summary>The library's upload form posted as a browser without script posts it: every file in one request.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(Browser staff, string? alt, params Upload[] files)
    {
        var page = await staff.GetAsync("/admin/media");
        var form = page.QuerySelector("form[data-media-upload]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(alt ?? ""), "AltText" },
            { new StringContent("At the summit"), "Caption" },
            { new StringContent("Tokyo Metropolitan Government"), "Credit" },
        };
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, "Files", file.FileName);
        }

        return await staff.Client.PostAsync(form.GetAttribute("action"), content);
    }

    private static string Name(string stem) => $"{stem}-{Guid.NewGuid():N}.png";

    private Task<int> ImageIdAsync(string fileName) =>
        factory.WithStoreAsync(db => db.Images.Where(i => i.OriginalFileName == fileName).Select(i => i.Id).SingleAsync());

    private Task<int> FeaturedEventIdAsync() =>
        factory.WithStoreAsync(db => db.Events.Where(e => e.IsFeatured).Select(e => e.Id).SingleAsync());

    private static async Task PostAsync(Browser staff, string pageUrl, string formAction, string? submitter = null)
    {
        using var response = await staff.SubmitAsync(pageUrl, formSelector: $"form[action='{formAction}']", submitter: submitter);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{formAction}: {(int)response.StatusCode} {Browser.ErrorsIn(await response.Content.ReadAsStringAsync())}");
    }

    [Fact]
    public async Task Two_photos_uploaded_at_once_are_both_stored_with_their_alt_text_caption_and_credit()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var (first, second) = (Name("podium"), Name("hall"));

        using var response = await UploadAsync(staff, "Leaders on the stage of the summit hall",
            new Upload(first, TestImages.Png(1600, 900)), new Upload(second, TestImages.Png(500, 400)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.WithStoreAsync(db => db.Images.Include(i => i.Renditions)
            .Where(i => i.OriginalFileName == first || i.OriginalFileName == second).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, i =>
        {
            Assert.True(i.InLibrary);
            Assert.Equal("Leaders on the stage of the summit hall", i.AltText);
            Assert.Equal("At the summit", i.Caption);
            Assert.Equal("Tokyo Metropolitan Government", i.Credit);
        });
        // Renditions at the srcset widths, never wider than the original.
        Assert.Equal([320, 640, 960, 1280, 1600], stored.Single(i => i.OriginalFileName == first).Renditions.Select(r => r.Width).Order());
        Assert.Equal([320, 500], stored.Single(i => i.OriginalFileName == second).Renditions.Select(r => r.Width).Order());
        var library = await staff.GetAsync("/admin/media");
        Assert.Contains(first, library.QuerySelector(".media-grid")!.TextOf());
    }

    [Fact]
    public async Task A_photo_without_alt_text_is_refused_with_a_message_and_not_stored()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("no-alt");

        using var response = await UploadAsync(staff, "  ", new Upload(file, TestImages.Png()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = Html.Parse(await response.Content.ReadAsStringAsync()).Texts(".error-summary li");
        Assert.Contains(errors, e => e.Contains(file, StringComparison.Ordinal) && e.Contains("alt text", StringComparison.Ordinal));
        Assert.False(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.OriginalFileName == file)));
    }

    [Fact]
    public async Task Each_error_in_the_summary_links_to_the_field_it_concerns()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        using var noAlt = await UploadAsync(staff, "", new Upload(Name("no-alt-link"), TestImages.Png()));
        using var animated = await UploadAsync(staff, "A spinner", new Upload($"spinner-{Guid.NewGuid():N}.gif", TestImages.AnimatedGif(), "image/gif"));

        Assert.Equal(["#AltText"], Html.Parse(await noAlt.Content.ReadAsStringAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#Files"], Html.Parse(await animated.Content.ReadAsStringAsync()).QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_animated_GIF_is_refused_by_name_and_the_still_photo_sent_with_it_is_kept()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var (still, animated) = (Name("still"), $"spinner-{Guid.NewGuid():N}.gif");

        using var response = await UploadAsync(staff, "A still photo",
            new Upload(still, TestImages.Png()), new Upload(animated, TestImages.AnimatedGif(), "image/gif"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains($"“{animated}”: animated images are not supported; upload a still image.", page.Texts(".error-summary li"));
        Assert.Contains(still, page.QuerySelector(".error-summary")!.TextOf());
        Assert.True(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.OriginalFileName == still)));
        Assert.False(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.OriginalFileName == animated)));
    }

    [Fact]
    public async Task A_file_over_5_MB_in_a_multi_upload_is_refused_by_name_and_the_other_is_kept()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var (small, large) = (Name("small"), Name("large"));
        var big = new byte[6 * 1024 * 1024];
        TestImages.Png().CopyTo(big, 0);

        using var response = await UploadAsync(staff, "A photo", new Upload(large, big), new Upload(small, TestImages.Png()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(Html.Parse(await response.Content.ReadAsStringAsync()).Texts(".error-summary li"),
            e => e.StartsWith($"“{large}” is 6 MB; images can be at most 5 MB.", StringComparison.Ordinal));
        Assert.True(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.OriginalFileName == small)));
    }

    [Fact]
    public async Task An_animated_PNG_is_refused_too()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        using var response = await UploadAsync(staff, "A moving banner", new Upload("banner.png", TestImages.AnimatedPng()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("“banner.png”: animated images are not supported; upload a still image.",
            Html.Parse(await response.Content.ReadAsStringAsync()).Texts(".error-summary li"));
        Assert.False(ImageStore.IsAnimatedPng(TestImages.Png()));
    }

    [Fact]
    public async Task A_program_items_photos_show_on_its_page_until_removed()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("site-visit");
        using (await UploadAsync(staff, "Delegates visit a waterfront park", new Upload(file, TestImages.Png(700, 500))))
        {
        }

        var imageId = await ImageIdAsync(file);
        var itemId = await factory.WithStoreAsync(db => db.ProgramItems.Where(i => i.Slug == "site-visit").Select(i => i.Id).SingleAsync());
        var gallery = $"/admin/media/gallery/program-item/{itemId}";
        using (var added = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/add']:has(input[value='{imageId}'])"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        const string page = "/events/leaders-summit-2023/program/site-visit";
        var shown = (await factory.CreateVisitor().GetPageAsync(page)).QuerySelector(".gallery img[alt='Delegates visit a waterfront park']");
        Assert.NotNull(shown);
        Assert.Equal(["320w", "640w", "700w"], shown.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[1]));

        var photoId = await factory.WithStoreAsync(db => db.GalleryPhotos.Where(g => g.ProgramItemId == itemId && g.ImageId == imageId).Select(g => g.Id).SingleAsync());
        using (var removed = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/remove']:has(input[value='{photoId}'])"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Null((await factory.CreateVisitor().GetPageAsync(page)).QuerySelector(".gallery img[alt='Delegates visit a waterfront park']"));
        var history = await staff.GetAsync($"/admin/media/{imageId}");
        Assert.Contains("Shown on", history.QuerySelector("#history")!.Closest("section")!.TextOf());
    }

    [Fact]
    public async Task A_photo_whose_revision_cannot_be_saved_is_not_stored_either()
    {
        await using var failing = new RevisionsFailFactory();
        var staff = await failing.SignInAsNewStaffAsync();
        var file = Name("no-history");

        failing.Refuse = true;
        try
        {
            using var response = await UploadAsync(staff, "A photo without history", new Upload(file, TestImages.Png()));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }
        catch (InvalidOperationException)
        {
            // The test server may hand the app's exception to the client instead of a 500.
        }

        failing.Refuse = false;
        Assert.False(await failing.WithStoreAsync(db => db.Images.AnyAsync(i => i.OriginalFileName == file)));
    }

    /// <summary>A host whose store refuses to save a revision while <see cref="Refuse"/> is set.</summary>
    private sealed class RevisionsFailFactory : SummitFactory
    {
        public bool Refuse { get; set; }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(new Refuser(this)));
        }

        private sealed class Refuser(RevisionsFailFactory owner) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
        {
            public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
                Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
                CancellationToken cancellationToken = default) =>
                owner.Refuse && eventData.Context!.ChangeTracker.Entries<GNets.Summit.Web.Data.Entities.Revision>().Any(e => e.State == EntityState.Added)
                    ? throw new InvalidOperationException("The store refused the revision.")
                    : base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task The_script_gets_each_files_outcome_as_JSON()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var page = await staff.GetAsync("/admin/media");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form[data-media-upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("A spinner"), "AltText" },
        };
        content.Add(new ByteArrayContent(TestImages.AnimatedGif()), "Files", "spinner.gif");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await staff.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("animated images are not supported", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_JPEG_with_four_colour_components_is_recognised_as_CMYK()
    {
        Assert.True(ImageStore.IsCmykJpeg(TestImages.CmykJpegHeader()));
        Assert.False(ImageStore.IsCmykJpeg(TestImages.CmykJpegHeader(components: 3)));
        Assert.False(ImageStore.IsCmykJpeg(TestImages.Png()));
    }

    [Fact]
    public async Task A_CMYK_JPEG_is_stored_in_the_colours_it_shows_in_print()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = $"print-{Guid.NewGuid():N}.jpg";
        Assert.True(ImageStore.IsCmykJpeg(TestImages.CmykJpeg()));

        using var response = await UploadAsync(staff, "A red square", new Upload(file, TestImages.CmykJpeg(), "image/jpeg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var webp = await factory.WithStoreAsync(db => db.ImageRenditions.Where(r => r.Image.OriginalFileName == file).Select(r => r.Bytes).SingleAsync());
        using var decoded = SkiaSharp.SKBitmap.Decode(webp);
        var pixel = decoded.GetPixel(16, 16);
        Assert.True(Math.Abs(pixel.Red - 200) <= 12 && Math.Abs(pixel.Green - 40) <= 12 && Math.Abs(pixel.Blue - 40) <= 12,
            $"Expected about (200, 40, 40), got ({pixel.Red}, {pixel.Green}, {pixel.Blue}).");
    }

    [Fact]
    public async Task A_CMYK_JPEG_that_cannot_be_converted_is_refused_with_a_message_not_a_500()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        using var response = await UploadAsync(staff, "A print file", new Upload("brochure.jpg", TestImages.CmykJpegHeader(), "image/jpeg"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = Html.Parse(await response.Content.ReadAsStringAsync()).Texts(".error-summary li");
        Assert.Contains(errors, e => e.StartsWith("“brochure.jpg” is a CMYK JPEG", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caption_that_is_too_long_is_refused_on_the_photos_page()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("caption");
        using (await UploadAsync(staff, "A photo", new Upload(file, TestImages.Png())))
        {
        }

        var id = await ImageIdAsync(file);
        using var response = await staff.SubmitAsync($"/admin/media/{id}", new Dictionary<string, string?> { ["Form.Caption"] = new string('x', 501) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The caption can be at most 500 characters.", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_event_page_shows_its_photos_as_responsive_figures_in_the_order_staff_set()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var (first, second) = (Name("arrival"), Name("signing"));
        using (await UploadAsync(staff, "Delegates arrive", new Upload(first, TestImages.Png(1400, 700))))
        {
        }

        using (await UploadAsync(staff, "The communiqué is signed", new Upload(second, TestImages.Png(800, 600))))
        {
        }

        var eventId = await FeaturedEventIdAsync();
        var gallery = $"/admin/media/gallery/event/{eventId}";
        foreach (var file in new[] { first, second })
        {
            var imageId = await ImageIdAsync(file);
            var page = await staff.GetAsync(gallery);
            var addForm = page.QuerySelectorAll($"form[action='{gallery}/add']").First(f => f.QuerySelector($"input[name=imageId][value='{imageId}']") is not null);
            using var added = await staff.SubmitAsync(page, formSelector: $"form[action='{gallery}/add']:has(input[value='{imageId}'])");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            Assert.NotNull(addForm);
        }

        IReadOnlyList<string> Alts(IDocument page) => page.QuerySelectorAll(".gallery img").Select(i => i.GetAttribute("alt")!)
            .Where(a => a is "Delegates arrive" or "The communiqué is signed").ToList();

        var home = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023");
        Assert.Equal(["Delegates arrive", "The communiqué is signed"], Alts(home));
        var img = home.QuerySelectorAll(".gallery figure img").First(i => i.GetAttribute("alt") == "Delegates arrive");
        Assert.Equal("1400", img.GetAttribute("width"));
        Assert.Equal("700", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.NotNull(img.GetAttribute("sizes"));
        var srcset = img.GetAttribute("srcset")!.Split(", ");
        Assert.Equal(["320w", "640w", "960w", "1280w", "1400w"], srcset.Select(s => s.Split(' ')[1]));
        Assert.All(srcset, s => Assert.Matches(@"^/media/[0-9a-f]{24}/\d+\.webp \d+w$", s));
        Assert.Equal("At the summit Photo: Tokyo Metropolitan Government", img.Closest("figure")!.QuerySelector("figcaption")!.TextOf());
        using (var rendition = await factory.CreateVisitor().GetAsync(srcset[1].Split(' ')[0]))
        {
            Assert.Equal("image/webp", rendition.Content.Headers.ContentType!.MediaType);
        }

        // Move the second photo up: the public order follows.
        var secondPhoto = await factory.WithStoreAsync(db => db.GalleryPhotos.Where(g => g.EventId == eventId && g.Image.OriginalFileName == second).Select(g => g.Id).SingleAsync());
        using (var moved = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/move']:has(input[name=photoId][value='{secondPhoto}'])", submitter: "button[value=up]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.Equal(["The communiqué is signed", "Delegates arrive"], Alts(await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023")));
    }

    [Fact]
    public async Task A_library_photo_chosen_as_cover_is_the_hero_and_the_sharing_image()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("cover");
        using (await UploadAsync(staff, "The summit hall from the back", new Upload(file, TestImages.Png(1600, 800))))
        {
        }

        var (eventId, imageId) = (await FeaturedEventIdAsync(), await ImageIdAsync(file));
        var gallery = $"/admin/media/gallery/event/{eventId}";
        using (var added = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/add']:has(input[value='{imageId}'])"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        await PostAsync(staff, gallery, $"{gallery}/cover");
        var key = await factory.WithStoreAsync(db => db.Images.Where(i => i.Id == imageId).Select(i => i.Key).SingleAsync());
        var cover = await factory.WithStoreAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.ImageId).SingleAsync());

        var home = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023");
        Assert.Equal(imageId, cover);
        var hero = home.QuerySelector(".hero img.hero__cover")!;
        Assert.Equal("The summit hall from the back", hero.GetAttribute("alt"));
        Assert.Null(hero.GetAttribute("loading"));
        Assert.Equal($"{SummitFactory.PublicBaseUrl}/media/{key}/1280.webp", home.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("The summit hall from the back", home.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Contains($"/media/{key}/1280.webp", home.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        var latest = await factory.WithStoreAsync(db => db.Revisions.Where(r => r.Kind == GNets.Summit.Web.Data.Entities.ContentKind.Event && r.EntityId == eventId)
            .OrderByDescending(r => r.Id).Select(r => r.ChangedFields).FirstAsync());
        Assert.Contains("Image", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unused_photo_is_deleted_with_its_files_and_the_deletion_is_in_the_audit_log()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("unused");
        using (await UploadAsync(staff, "A photo nobody shows", new Upload(file, TestImages.Png(700, 500))))
        {
        }

        var id = await ImageIdAsync(file);
        var key = await factory.WithStoreAsync(db => db.Images.Where(i => i.Id == id).Select(i => i.Key).SingleAsync());
        var rendition = $"/media/{key}/320.webp";
        using (var before = await factory.CreateVisitor().GetAsync(rendition))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // The photo's page leads to a confirmation page (a plain GET form), whose form deletes it.
        var photoPage = await staff.GetAsync($"/admin/media/{id}");
        Assert.Equal("Delete this photo", photoPage.QuerySelector($"form[action='/admin/media/{id}/delete'] button")!.TextOf());
        var confirm = await staff.GetAsync($"/admin/media/{id}/delete");
        Assert.Null(confirm.QuerySelector(".error-summary"));
        await PostAsync(staff, $"/admin/media/{id}/delete", $"/admin/media/{id}/delete");

        Assert.False(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.Id == id)));
        Assert.False(await factory.WithStoreAsync(db => db.ImageRenditions.AnyAsync(r => r.ImageId == id)));
        using (var after = await factory.CreateVisitor().GetAsync(rendition))
        {
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }

        var deleted = await factory.WithStoreAsync(db => db.Revisions
            .Where(r => r.Kind == GNets.Summit.Web.Data.Entities.ContentKind.Image && r.EntityId == id)
            .OrderByDescending(r => r.Id).Select(r => r.Action).FirstAsync());
        Assert.Equal(GNets.Summit.Web.Data.Entities.RevisionAction.Deleted, deleted);
        Assert.Contains(file, (await staff.GetAsync("/admin/audit?kind=Image")).QuerySelector("tbody")!.TextOf());
        Assert.DoesNotContain(file, (await staff.GetAsync("/admin/media")).QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task A_photo_on_a_gallery_cannot_be_deleted_until_it_is_removed_there()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("in-use");
        using (await UploadAsync(staff, "Delegates at the welcome dinner", new Upload(file, TestImages.Png(600, 400))))
        {
        }

        var (eventId, imageId) = (await FeaturedEventIdAsync(), await ImageIdAsync(file));
        var eventName = await factory.WithStoreAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.ShortTitle).SingleAsync());
        var gallery = $"/admin/media/gallery/event/{eventId}";
        using (var added = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/add']:has(input[value='{imageId}'])"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        // The confirmation page says why and links to the gallery; it has no delete button.
        var confirm = await staff.GetAsync($"/admin/media/{imageId}/delete");
        var reason = confirm.QuerySelector(".error-summary")!;
        Assert.Contains(eventName, reason.TextOf());
        Assert.NotNull(reason.QuerySelector($"a[href='{gallery}']"));
        Assert.Null(confirm.QuerySelector($"form[method=post][action='/admin/media/{imageId}/delete']"));

        // A post anyway (a page opened before the photo was added) is refused with the same message.
        var token = (await staff.GetAsync($"/admin/media/{imageId}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using (var refused = await staff.Client.PostAsync($"/admin/media/{imageId}/delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(eventName, Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextOf());
        }

        Assert.True(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.Id == imageId)));

        var photoId = await factory.WithStoreAsync(db => db.GalleryPhotos.Where(g => g.EventId == eventId && g.ImageId == imageId).Select(g => g.Id).SingleAsync());
        using (var removed = await staff.SubmitAsync(gallery, formSelector: $"form[action='{gallery}/remove']:has(input[value='{photoId}'])"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        await PostAsync(staff, $"/admin/media/{imageId}/delete", $"/admin/media/{imageId}/delete");
        Assert.False(await factory.WithStoreAsync(db => db.Images.AnyAsync(i => i.Id == imageId)));
    }

    [Fact]
    public async Task A_photo_added_twice_or_one_that_does_not_exist_is_refused_with_a_message_not_a_500()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var file = Name("twice");
        using (await UploadAsync(staff, "A photo staff try to add twice", new Upload(file, TestImages.Png(400, 300))))
        {
        }

        var imageId = await ImageIdAsync(file);
        var itemId = await factory.WithStoreAsync(db => db.ProgramItems.Where(i => i.Slug == "plenary-session" && i.Event.Slug == "leaders-summit-2023").Select(i => i.Id).SingleAsync());
        var gallery = $"/admin/media/gallery/program-item/{itemId}";
        var addForm = $"form[action='{gallery}/add']:has(input[value='{imageId}'])";
        var page = await staff.GetAsync(gallery);
        using (var first = await staff.SubmitAsync(page, formSelector: addForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        // The same form again, as a second click or a stale tab sends it.
        using (var again = await staff.SubmitAsync(page, formSelector: addForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Contains("already shown here", (await staff.GetAsync(gallery)).QuerySelector(".notice")!.TextOf());
        Assert.Equal(1, await factory.WithStoreAsync(db => db.GalleryPhotos.CountAsync(g => g.ProgramItemId == itemId && g.ImageId == imageId)));

        foreach (var missing in new[] { "0", "999999" })
        {
            using var response = await staff.SubmitAsync(page, new Dictionary<string, string?> { ["imageId"] = missing }, addForm);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("no longer in the library", (await staff.GetAsync(gallery)).QuerySelector(".notice")!.TextOf());
        }
    }

    [Fact]
    public async Task Deleting_a_photo_that_does_not_exist_answers_404()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var token = (await staff.GetAsync("/admin/media")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var page = await staff.Client.GetAsync("/admin/media/999999/delete");
        using var post = await staff.Client.PostAsync("/admin/media/999999/delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
