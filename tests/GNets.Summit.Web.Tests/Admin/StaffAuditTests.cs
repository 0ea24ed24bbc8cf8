using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>Staff accounts and backups are in the audit log: who, when, what; never a password.</summary>
public sealed class StaffAuditTests
{
    private static async Task<List<Revision>> AuditOfAsync(SummitFactory factory, ContentKind kind) =>
        await factory.WithStoreAsync(db => db.Revisions.AsNoTracking().Where(r => r.Kind == kind).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task Creating_changing_resetting_unlocking_and_deleting_an_account_are_in_the_audit_log_without_passwords()
    {
        await using var factory = new SummitFactory();
        var adminEmail = await factory.CreateStaffAsync(StaffRoles.Admin);
        var admin = await factory.SignInAsync(adminEmail);

        using var created = await admin.SubmitAsync("/admin/staff/new", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Kenji Editor", ["Email"] = "kenji@example.org", ["Role"] = StaffRoles.Editor,
        });
        var firstPassword = Html.Parse(await created.Content.ReadAsStringAsync()).QuerySelector(".secret code")!.TextOf();
        var edit = (await admin.GetAsync("/admin/staff")).QuerySelectorAll("tbody tr")
            .Single(row => row.TextContent.Contains("kenji@example.org", StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        await admin.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Role"] = StaffRoles.Admin });
        using var reset = await admin.SubmitAsync(edit, formSelector: $"form[action='{edit}/reset-password']");
        var secondPassword = Html.Parse(await reset.Content.ReadAsStringAsync()).QuerySelector(".secret code")!.TextOf();
        await factory.WithStoreAsync(db => db.Users.Where(u => u.Email == "kenji@example.org")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));
        using var unlocked = await admin.SubmitAsync(edit, formSelector: $"form[action='{edit}/unlock']");
        using var deleted = await admin.SubmitAsync(edit, formSelector: $"form[action='{edit}/delete']");

        var audit = await AuditOfAsync(factory, ContentKind.StaffAccount);
        var kenji = audit.Where(r => r.Label.Contains("kenji@example.org", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(RevisionAction.Created, "Role Editor"), (RevisionAction.Edited, "Role Editor → Admin"), (RevisionAction.Edited, "Password reset"),
             (RevisionAction.Edited, "Unlocked"), (RevisionAction.Deleted, "")],
            kenji.Select(r => (r.Action, r.ChangedFields)));
        Assert.All(kenji, r => Assert.Equal(adminEmail, r.UserName));
        var auditPage = await (await admin.Client.GetAsync("/admin/audit")).Content.ReadAsStringAsync();
        Assert.Contains("Kenji Editor (kenji@example.org)", auditPage);
        foreach (var password in new[] { firstPassword, secondPassword })
        {
            Assert.DoesNotContain(password, auditPage);
            Assert.DoesNotContain(audit, r => r.SnapshotJson.Contains(password, StringComparison.Ordinal) || r.ChangedFields.Contains(password, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_first_administrator_and_accounts_made_on_the_command_line_are_in_the_audit_log()
    {
        await using var factory = new SummitFactory();
        var token = factory.Services.GetRequiredService<StaffSetup>().Token;
        using var setUp = await new Browser(factory.CreateVisitor()).SubmitAsync($"/admin/setup?token={token}", new Dictionary<string, string?>
        {
            ["DisplayName"] = "First Admin", ["Email"] = "first@example.org",
            ["Password"] = StaffAccounts.Password, ["ConfirmPassword"] = StaffAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, setUp.StatusCode);

        var code = await Commands.RunAsync(factory.Services, ["create-staff", "cli@example.org", "--role", "Editor"],
            new StringReader(""), new StringWriter(), inputIsRedirected: false);

        Assert.Equal(0, code);
        var audit = await AuditOfAsync(factory, ContentKind.StaffAccount);
        Assert.Equal(
            [("First Admin (first@example.org)", "first@example.org", "Role Admin"), ("cli@example.org (cli@example.org)", StaffAccountService.CommandLine, "Role Editor")],
            audit.Select(r => (r.Label, r.UserName, r.ChangedFields)));
    }

    [Fact]
    public async Task A_backup_made_in_the_browser_or_on_the_command_line_is_in_the_audit_log()
    {
        await using var factory = new SummitFactory();
        var adminEmail = await factory.CreateStaffAsync(StaffRoles.Admin);
        var admin = await factory.SignInAsync(adminEmail);

        using var made = await admin.SubmitAsync("/admin/backups", formSelector: "main form.actions");
        var target = Path.Combine(factory.WorkDirectory, "cli-backup.db");
        await Commands.RunAsync(factory.Services, ["backup", target], new StringReader(""), new StringWriter(), inputIsRedirected: false);

        var audit = await AuditOfAsync(factory, ContentKind.Backup);
        Assert.Equal([adminEmail, StaffAccountService.CommandLine], audit.Select(r => r.UserName));
        Assert.All(audit, r => Assert.Equal(RevisionAction.Created, r.Action));
        Assert.Equal(target, audit[1].ChangedFields);
        Assert.Contains(audit[0].Label, await (await admin.Client.GetAsync("/admin/audit")).Content.ReadAsStringAsync());
    }
}
