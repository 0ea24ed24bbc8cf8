using System.Text.RegularExpressions;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

public sealed partial class CommandTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public async Task Create_staff_prints_a_generated_password_that_signs_in()
    {
        var output = new StringWriter();

        var code = await Commands.RunAsync(factory.Services, ["create-staff", "cli-editor@example.org", "--role", "Editor"], new StringReader(""), output, inputIsRedirected: false);

        Assert.Equal(0, code);
        var password = PasswordLine().Match(output.ToString()).Groups[1].Value;
        Assert.Equal(20, password.Length);
        var staff = await factory.SignInAsync("cli-editor@example.org", password);
        Assert.Equal("Dashboard", (await staff.GetAsync("/admin")).QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task Create_staff_reads_a_password_from_stdin_and_does_not_print_it()
    {
        var output = new StringWriter();

        var code = await Commands.RunAsync(factory.Services, ["create-staff", "cli-admin@example.org", "--role", "Admin"],
            new StringReader("a password typed into a pipe\n"), output, inputIsRedirected: true);

        Assert.Equal(0, code);
        Assert.DoesNotContain("Password:", output.ToString());
        var staff = await factory.SignInAsync("cli-admin@example.org", "a password typed into a pipe");
        Assert.Equal("Staff accounts", (await staff.GetAsync("/admin/staff")).QuerySelector("h1")!.TextOf());
    }

    [Fact]
    public async Task Create_staff_works_on_a_store_the_site_has_never_run_on()
    {
        await using var fresh = new SummitFactory();
        // A store with no roles yet, as on a server where the command runs before the first start.
        await fresh.WithStoreAsync(async db =>
        {
            db.Roles.RemoveRange(db.Roles);
            await db.SaveChangesAsync();
        });
        var output = new StringWriter();

        var code = await Commands.RunAsync(fresh.Services, ["create-staff", "first@example.org", "--role", "Admin"],
            new StringReader("the very first password\n"), output, inputIsRedirected: true);

        Assert.Equal(0, code);
        var admin = await fresh.SignInAsync("first@example.org", "the very first password");
        Assert.Equal("Staff accounts", (await admin.GetAsync("/admin/staff")).QuerySelector("h1")!.TextOf());
    }

    [Theory]
    [InlineData(new[] { "create-staff", "x@example.org", "--role", "Owner" }, "--role must be one of: Admin, Editor")]
    [InlineData(new[] { "create-staff", "x@example.org" }, "--role must be one of: Admin, Editor")]
    [InlineData(new[] { "reset-password", "nobody@example.org" }, "No staff account has the e-mail address nobody@example.org.")]
    public async Task Bad_arguments_are_explained_with_a_non_zero_exit_code(string[] args, string message)
    {
        var output = new StringWriter();

        var code = await Commands.RunAsync(factory.Services, args, new StringReader(""), output, inputIsRedirected: false);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output.ToString());
    }

    [GeneratedRegex("Password: (\\S+)")]
    private static partial Regex PasswordLine();
}
