using GNets.Summit.Web.BrowserTests.Infrastructure;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class StaffFlowTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Staff_sign_in_edit_a_position_upload_a_photo_and_see_both_on_the_public_page()
    {
        var email = await host.Factory.CreateStaffAsync(StaffRoles.Editor);
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, StaffAccounts.Password);

        await page.GotoAsync("/admin/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "KORESAWA Atsushi", Exact = true }).ClickAsync();
        await page.GetByLabel("Position", new() { Exact = true }).FillAsync("Former Director, UN-Habitat Regional Office for Asia and the Pacific");
        await page.GetByLabel("New photo").SetInputFilesAsync(new FilePayload { Name = "koresawa.png", MimeType = "image/png", Buffer = TestImages.Png(800, 1000) });
        await page.GetByLabel("Photo description (alt text)", new() { Exact = true }).FillAsync("Portrait of Mr. KORESAWA Atsushi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("Saved", await page.Locator(".notice").InnerTextAsync());

        await page.GotoAsync("/people/koresawa-atsushi");
        Assert.Equal("Former Director, UN-Habitat Regional Office for Asia and the Pacific", await page.Locator(".profile .lead").InnerTextAsync());
        var photo = page.GetByAltText("Portrait of Mr. KORESAWA Atsushi");
        await photo.ScrollIntoViewIfNeededAsync();
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the photo did not load");
        await page.ScreenshotAsync("/people/koresawa-atsushi-after-edit", 1280);
    }
}
