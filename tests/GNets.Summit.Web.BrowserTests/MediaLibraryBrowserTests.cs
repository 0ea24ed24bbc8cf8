using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class MediaLibraryBrowserTests(BrowserHost host)
{
    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Staff_upload_several_photos_with_progress_put_them_on_the_event_and_visitors_see_a_gallery(int width)
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Editor);
        await using var context = await host.NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);
        var alt = $"Delegates in the summit hall ({width})";

        await page.GotoAsync("/admin/media");
        await page.GetByLabel("Photos", new() { Exact = true }).SetInputFilesAsync(
        [
            new FilePayload { Name = $"hall-{width}.png", MimeType = "image/png", Buffer = TestImages.Png(1600, 900) },
            new FilePayload { Name = $"stage-{width}.png", MimeType = "image/png", Buffer = TestImages.Png(1200, 800) },
        ]);
        await page.GetByLabel("Alt text (required)").FillAsync(alt);
        await page.GetByLabel("Caption").FillAsync("Test photo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        // The script sends one file per request, shows a progress bar for each, then reloads the library.
        await page.WaitForURLAsync("**/admin/media");
        await page.GetByRole(AriaRole.Link, new() { Name = $"stage-{width}.png" }).WaitForAsync();
        Assert.Empty(await page.AxeViolationsAsync());
        await page.ScreenshotAsync("/admin/media", width);

        await page.GetByLabel("Arrange the photos of").SelectOptionAsync(new SelectOptionValue { Label = "Event: Leaders Summit 2023" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrange" }).ClickAsync();
        foreach (var file in new[] { $"hall-{width}.png", $"stage-{width}.png" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Add {file}" }).ClickAsync();
            await page.Locator(".notice").WaitForAsync();
        }

        Assert.Empty(await page.AxeViolationsAsync());
        await page.ScreenshotAsync("/admin/media/gallery", width);

        await page.GotoAsync("/events/leaders-summit-2023");
        var photos = page.Locator(".gallery").GetByAltText(alt);
        Assert.Equal(2, await photos.CountAsync());
        await photos.First.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.gallery img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Empty(await page.AxeViolationsAsync());
        Assert.Equal(0, await page.SidewaysOverflowAsync());
        await page.ScreenshotAsync("/event-with-photos", width);
    }
}
