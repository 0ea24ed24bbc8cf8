using System.Security.Cryptography;
using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Server commands: <c>dotnet run --project src/GNets.Summit.Web -- &lt;command&gt; ...</c>. They run
/// against the same store and settings as the site, then exit without starting the web server.
/// </summary>
public static class Commands
{
    private const string Usage = """
        Commands:
          create-staff <email> --role Admin|Editor [--name "Display Name"]
              Creates a staff account. Pipe a password on stdin to set it; otherwise one is generated and printed.
          reset-password <email>
              Sets a new password (from stdin, or generated and printed) and clears any lockout.
          import-content
              Upserts content/ into the store (records staff have saved are kept).
          backup <file>
              Writes a consistent copy of the store to <file> while the site may be running.
        """ + "\n" + StaticExport.Usage;

    private static readonly string[] Names = ["create-staff", "reset-password", "import-content", "backup", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider appServices, string[] args, TextReader input, TextWriter output, bool inputIsRedirected)
    {
        await appServices.InitializeStoreAsync();
        // The roles must exist before the first account is given one, even on a store the site never ran on.
        await appServices.PrepareStaffSetupAsync();
        await using var scope = appServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args)
        {
            case ["create-staff", var email, .. var rest]:
                return await CreateStaffAsync(services, email, Option(rest, "--role"), Option(rest, "--name"), input, output, inputIsRedirected);
            case ["reset-password", var email]:
                return await ResetPasswordAsync(services, email, input, output, inputIsRedirected);
            case ["import-content"]:
                var report = await services.GetRequiredService<ContentImporter>()
                    .ImportAsync(StoreInitialization.ContentRoot(services), CancellationToken.None);
                await services.GetRequiredService<Areas.Admin.Editing.ImportedRevisions>().RecordAsync(report.Changed, CancellationToken.None);
                await output.WriteLineAsync($"Imported content: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.KeptStaffEdits.Count} kept as staff edited them.");
                return 0;
            case ["backup", var file]:
                try
                {
                    var written = await services.GetRequiredService<Backups>().WriteAsync(file, StaffAccountService.CommandLine, CancellationToken.None);
                    await output.WriteLineAsync($"Backup written to {written}");
                    return 0;
                }
                catch (InvalidOperationException ex)
                {
                    await output.WriteLineAsync(ex.Message);
                    return 2;
                }
            default:
                await output.WriteLineAsync(Usage);
                return args is ["help"] ? 0 : 2;
        }
    }

    private static async Task<int> CreateStaffAsync(
        IServiceProvider services, string email, string? role, string? name, TextReader input, TextWriter output, bool inputIsRedirected)
    {
        if (role is null || !StaffRoles.All.Contains(role, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"--role must be one of: {string.Join(", ", StaffRoles.All)}");
            return 2;
        }

        var (password, generated) = await ReadOrGeneratePasswordAsync(input, inputIsRedirected);
        var (result, _) = await services.GetRequiredService<StaffAccountService>()
            .CreateAsync(email, name ?? email, role, password, StaffAccountService.CommandLine);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Could not create the account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        // A running site's setup link stops working too: it checks that no staff account exists.
        await output.WriteLineAsync($"Created {role} account {email}.");
        if (generated)
        {
            await output.WriteLineAsync($"Password: {password}");
            await output.WriteLineAsync("Give it to its owner over a safe channel; it is not shown again.");
        }

        return 0;
    }

    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string email, TextReader input, TextWriter output, bool inputIsRedirected)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await output.WriteLineAsync($"No staff account has the e-mail address {email}.");
            return 1;
        }

        var (password, generated) = await ReadOrGeneratePasswordAsync(input, inputIsRedirected);
        var result = await services.GetRequiredService<StaffAccountService>().ResetPasswordAsync(user, password, StaffAccountService.CommandLine);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Could not set the password: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"Password of {email} reset.");
        if (generated)
        {
            await output.WriteLineAsync($"Password: {password}");
        }

        return 0;
    }

    private static async Task<(string Password, bool Generated)> ReadOrGeneratePasswordAsync(TextReader input, bool inputIsRedirected)
    {
        if (inputIsRedirected && (await input.ReadLineAsync())?.Trim() is { Length: > 0 } typed)
        {
            return (typed, false);
        }

        return (GeneratePassword(), true);
    }

    /// <summary>20 characters from an alphabet without look-alikes (about 115 bits).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
