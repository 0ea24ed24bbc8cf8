using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Security;

public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_the_site_runs_restores_into_a_working_site()
    {
        await using var live = new SummitFactory();
        var staff = await live.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/cities?q=Bangkok")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Country"] = "Kingdom of Thailand" });
        var backupFile = Path.Combine(live.WorkDirectory, "restore-me.db");

        string written;
        await using (var scope = live.Services.CreateAsyncScope())
        {
            written = await scope.ServiceProvider.GetRequiredService<Backups>().WriteAsync(backupFile, "tests", CancellationToken.None);
        }

        // Restoring is starting the site on the copy.
        await using var restored = new SummitFactory { DatabasePath = written };
        var page = await restored.CreateVisitor().GetPageAsync("/cities/bangkok");
        Assert.Equal("Kingdom of Thailand", page.QuerySelector(".lead")!.TextOf());
        var revisions = await restored.WithStoreAsync(db => db.Revisions.CountAsync(r => r.Kind == ContentKind.City && r.Action != RevisionAction.Imported));
        Assert.Equal(1, revisions);
    }

    [Fact]
    public async Task An_admin_makes_a_backup_from_the_browser_and_downloads_it()
    {
        await using var factory = new SummitFactory();
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);

        using var made = await admin.SubmitAsync("/admin/backups", formSelector: "main form.actions");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var list = await admin.GetAsync("/admin/backups");
        var link = list.QuerySelector("tbody th a")!.GetAttribute("href")!;
        using var download = await admin.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 16));
    }

    [Theory]
    [InlineData("../summit.db")]
    [InlineData("..%2Fsummit.db")]
    [InlineData("summit.db")]
    [InlineData("%2Fetc%2Fpasswd")]
    public async Task Only_backup_files_can_be_downloaded(string name)
    {
        await using var factory = new SummitFactory();
        var admin = await factory.SignInAsNewStaffAsync(StaffRoles.Admin);

        using var response = await admin.Client.GetAsync($"/admin/backups/{name}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_backup_command_writes_a_copy()
    {
        await using var factory = new SummitFactory();
        var target = Path.Combine(factory.WorkDirectory, "cli-backup.db");
        var output = new StringWriter();

        var code = await Commands.RunAsync(factory.Services, ["backup", target], new StringReader(""), output, inputIsRedirected: false);

        Assert.Equal(0, code);
        Assert.Contains(target, output.ToString());
        await using var copy = new SummitFactory { DatabasePath = target };
        Assert.Equal(69, await copy.WithStoreAsync(db => db.Cities.CountAsync())); // every city of content/cities.yml
    }

    [Fact]
    public async Task The_backup_command_refuses_to_overwrite_the_live_store()
    {
        await using var factory = new SummitFactory();
        await factory.WithStoreAsync(db => db.Cities.CountAsync());
        var output = new StringWriter();

        var code = await Commands.RunAsync(factory.Services, ["backup", factory.DatabasePath], new StringReader(""), output, inputIsRedirected: false);

        Assert.Equal(2, code);
        Assert.Contains("is the live store", output.ToString());
        Assert.Equal(69, await factory.WithStoreAsync(db => db.Cities.CountAsync()));
    }
}
