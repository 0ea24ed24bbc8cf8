using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Infrastructure;

public static class StaffAccounts
{
    public const string Password = "a long test password for staff";

    /// <summary>Creates a staff account in the store through the same service as the site and the create-staff command.</summary>
    public static async Task<string> CreateStaffAsync(this SummitFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var (result, _) = await scope.ServiceProvider.GetRequiredService<StaffAccountService>()
            .CreateAsync(email, role + " tester", role, Password, actor: "tests");
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>Signs in through the real sign-in form and returns a browser that keeps the cookies.</summary>
    public static async Task<Browser> SignInAsync(this SummitFactory factory, string email, string password = Password)
    {
        var browser = new Browser(factory.CreateVisitor());
        using var response = await browser.SubmitAsync("/admin/sign-in",
            new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in failed with {(int)response.StatusCode}: {Browser.ErrorsIn(await response.Content.ReadAsStringAsync())}");
        return browser;
    }

    public static async Task<Browser> SignInAsNewStaffAsync(this SummitFactory factory, string role = StaffRoles.Editor) =>
        await factory.SignInAsync(await factory.CreateStaffAsync(role));
}
