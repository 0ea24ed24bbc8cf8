using System.Net;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>What content/ gave each record is its first revision, so staff can always go back to it.</summary>
public sealed class ImportedRevisionTests
{
    private const string Communique = "/events/leaders-summit-2023/communique";

    [Fact]
    public async Task The_imported_text_of_a_communique_section_is_its_first_revision_and_can_be_restored()
    {
        // Its own store: it edits the communiqué.
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var visitor = factory.CreateVisitor();
        var edit = (await staff.GetAsync("/admin/communique-sections?q=Environmental")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var original = (await visitor.GetPageAsync(Communique)).QuerySelector("main")!.TextOf();

        var imported = Assert.Single((await staff.GetAsync($"{edit}/history")).QuerySelectorAll("tbody tr"));
        Assert.Contains("Imported", imported.TextOf());
        Assert.Contains(ImportedRevisions.UserName, imported.TextOf());

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.BodyMarkdown"] = "A careless edit." });
        Assert.Contains("A careless edit.", (await visitor.GetPageAsync(Communique)).QuerySelector("main")!.TextOf());

        var first = (await staff.GetAsync($"{edit}/history")).QuerySelectorAll("tbody tr")[^1];
        Assert.Contains("Imported", first.TextOf());
        using var restored = await staff.SubmitAsync(first.QuerySelector("a")!.GetAttribute("href")!, formSelector: "main form.actions");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(original, (await visitor.GetPageAsync(Communique)).QuerySelector("main")!.TextOf());
    }

    [Fact]
    public async Task Every_record_gets_its_imported_revision_once_and_a_store_without_any_gets_them_on_start()
    {
        await using var first = new SummitFactory();
        var (cities, revisions) = await CountsAsync(first);
        Assert.True(cities > 0);
        Assert.Equal(cities, await first.WithStoreAsync(db => db.Revisions.CountAsync(r => r.Kind == ContentKind.City && r.Action == RevisionAction.Imported)));

        // Started again on the same store: nothing new to record.
        await using var again = new SummitFactory { DatabasePath = first.DatabasePath };
        Assert.Equal((cities, revisions), await CountsAsync(again));

        // A store from before imported revisions existed gets one per record on its next start.
        await again.WithStoreAsync(db => db.Revisions.ExecuteDeleteAsync());
        await using var upgraded = new SummitFactory { DatabasePath = first.DatabasePath };
        Assert.Equal((cities, revisions), await CountsAsync(upgraded));
    }

    private static Task<(int Cities, int Revisions)> CountsAsync(SummitFactory factory) =>
        factory.WithStoreAsync(async db => (await db.Cities.CountAsync(), await db.Revisions.CountAsync()));
}
