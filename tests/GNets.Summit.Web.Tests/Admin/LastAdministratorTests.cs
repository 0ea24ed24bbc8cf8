using System.Net;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>The site always keeps an administrator, even when two of them act at the same moment.</summary>
public sealed class LastAdministratorTests
{
    private const int Rounds = 3;

    [Fact]
    public async Task The_last_administrator_cannot_be_demoted_and_is_told_why()
    {
        await using var factory = new SummitFactory();
        var email = await factory.CreateStaffAsync(StaffRoles.Admin);
        var admin = await factory.SignInAsync(email);

        using var response = await admin.SubmitAsync($"/admin/staff/{await IdOfAsync(factory, email)}",
            new Dictionary<string, string?> { ["Form.Role"] = StaffRoles.Editor });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("This is the only administrator", Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1, await AdminCountAsync(factory));
    }

    [Fact]
    public async Task Two_administrators_demoting_each_other_at_once_leave_one_administrator()
    {
        await using var factory = new SummitFactory();
        for (var round = 0; round < Rounds; round++)
        {
            await RaceAsync(factory, id => $"/admin/staff/{id}", "main form.admin-form", new Dictionary<string, string?> { ["Form.Role"] = StaffRoles.Editor });

            Assert.Equal(1, await AdminCountAsync(factory));
        }
    }

    [Fact]
    public async Task Two_administrators_deleting_each_other_at_once_leave_one_administrator()
    {
        await using var factory = new SummitFactory();
        for (var round = 0; round < Rounds; round++)
        {
            await RaceAsync(factory, id => $"form[action='/admin/staff/{id}/delete']", null, null);

            Assert.Equal(1, await AdminCountAsync(factory));
        }
    }

    /// <summary>
    /// Two new administrators, the only ones in the store, each load the form about the other and submit
    /// it at the same moment.
    /// </summary>
    private static async Task RaceAsync(SummitFactory factory, Func<string, string> formOf, string? editForm, Dictionary<string, string?>? changes)
    {
        var first = await factory.CreateStaffAsync(StaffRoles.Admin);
        var second = await factory.CreateStaffAsync(StaffRoles.Admin);
        await factory.WithStoreAsync(async db =>
        {
            var adminRole = await db.Roles.Where(r => r.Name == StaffRoles.Admin).Select(r => r.Id).SingleAsync();
            var keep = await db.Users.Where(u => u.Email == first || u.Email == second).Select(u => u.Id).ToListAsync();
            await db.UserRoles.Where(ur => ur.RoleId == adminRole && !keep.Contains(ur.UserId)).ExecuteDeleteAsync();
        });
        var firstBrowser = await factory.SignInAsync(first);
        var secondBrowser = await factory.SignInAsync(second);
        var firstId = await IdOfAsync(factory, first);
        var secondId = await IdOfAsync(factory, second);
        var firstPage = await firstBrowser.GetAsync($"/admin/staff/{secondId}");
        var secondPage = await secondBrowser.GetAsync($"/admin/staff/{firstId}");

        var responses = await Task.WhenAll(
            firstBrowser.SubmitAsync(firstPage, changes, editForm ?? formOf(secondId)),
            secondBrowser.SubmitAsync(secondPage, changes, editForm ?? formOf(firstId)));

        foreach (var response in responses)
        {
            Assert.True((int)response.StatusCode < 500, $"A racing request answered {(int)response.StatusCode}");
            response.Dispose();
        }
    }

    private static Task<string> IdOfAsync(SummitFactory factory, string email) =>
        factory.WithStoreAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<int> AdminCountAsync(SummitFactory factory) =>
        factory.WithStoreAsync(db => db.UserRoles
            .Join(db.Roles.Where(r => r.Name == StaffRoles.Admin), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (id, u) => id)
            .CountAsync());
}
