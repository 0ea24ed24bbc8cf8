using GNets.Summit.Web.Areas.Admin.Models;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>Staff accounts: Admins only. Passwords are generated and shown once; there is no e-mail.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/staff")]
public sealed class StaffController(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffAccountService staff, SignInThrottle throttle, Data.SummitDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync();
        // Everyone's roles in one query, not one per account.
        var roles = (await db.UserRoles.AsNoTracking()
                .Join(db.Roles, userRole => userRole.RoleId, role => role.Id, (userRole, role) => new { userRole.UserId, role.Name })
                .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name);
        var rows = all.Select(user => new StaffRow(user.Id, user.DisplayName, user.Email ?? "", string.Join(", ", roles[user.Id].Order(StringComparer.Ordinal)),
            IsLocked(user), user.CreatedAtUtc, IsSelf(user))).ToList();

        return View(new StaffListPage(rows));
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new StaffForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(StaffForm form)
    {
        if (!StaffRoles.All.Contains(form.Role, StringComparer.Ordinal))
        {
            ModelState.AddModelError(nameof(StaffForm.Role), "Choose Admin or Editor.");
        }

        if (!ModelState.IsValid)
        {
            return Invalid("Create", form);
        }

        var password = Commands.GeneratePassword();
        var (result, user) = await staff.CreateAsync(form.Email, form.DisplayName, form.Role, password, UserName);
        if (!result.Succeeded)
        {
            // The address is both the user name and the e-mail, so a taken one fails twice: say it once.
            foreach (var message in result.Errors.Select(error => error.Code is "DuplicateUserName" or "DuplicateEmail"
                         ? T["There is already an account for {0}.", form.Email].Value
                         : error.Description).Distinct(StringComparer.Ordinal))
            {
                ModelState.AddModelError(nameof(StaffForm.Email), message);
            }

            return Invalid("Create", form);
        }

        return View("PasswordShown", new PasswordShownPage(user!.Email!, password, IsNewAccount: true));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? StaffRoles.Editor;
        return View(new StaffEditPage(id, new StaffForm { DisplayName = user.DisplayName, Email = user.Email ?? "", Role = role },
            IsLocked(user), IsSelf(user)));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, StaffForm form)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var isSelf = IsSelf(user);
        if (!StaffRoles.All.Contains(form.Role, StringComparer.Ordinal))
        {
            ModelState.AddModelError($"Form.{nameof(StaffForm.Role)}", "Choose Admin or Editor.");
        }

        if (!ModelState.IsValid)
        {
            return Invalid("Edit", new StaffEditPage(id, form, IsLocked(user), isSelf));
        }

        // The last-administrator check and the change are one transaction (see StaffAccountService).
        var result = await staff.UpdateAsync(user, form.DisplayName, form.Email, form.Role, UserName);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == StaffAccountService.LastAdministratorCode
                    ? $"Form.{nameof(StaffForm.Role)}"
                    : $"Form.{nameof(StaffForm.Email)}", error.Description);
            }

            return Invalid("Edit", new StaffEditPage(id!, form, IsLocked(user), isSelf));
        }

        if (isSelf)
        {
            // The cookie carries the name shown and recorded in revisions: renew it after a self-edit.
            await signIn.RefreshSignInAsync(user);
        }

        Flash(T["Saved {0}'s account.", user.DisplayName]);
        return Redirect("/admin/staff");
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var password = Commands.GeneratePassword();
        var result = await staff.ResetPasswordAsync(user, password, UserName);
        if (!result.Succeeded)
        {
            Flash(T["The password could not be reset: {0}", string.Join(" ", result.Errors.Select(e => T[e.Description].Value))]);
            return Redirect($"/admin/staff/{id}");
        }

        return View("PasswordShown", new PasswordShownPage(user.Email!, password, IsNewAccount: false));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await staff.UnlockAsync(user, UserName);
        Flash(T["Unlocked {0}'s account.", user.DisplayName]);
        return Redirect("/admin/staff");
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsSelf(user))
        {
            Flash("You cannot delete your own account.");
            return Redirect($"/admin/staff/{id}");
        }

        // The last-administrator check and the deletion are one transaction (see StaffAccountService).
        var result = await staff.DeleteAsync(user, UserName);
        if (!result.Succeeded)
        {
            Flash(string.Join(" ", result.Errors.Select(e => e.Description)));
            return Redirect($"/admin/staff/{id}");
        }

        Flash(T["Deleted {0}'s account.", user.DisplayName]);
        return Redirect("/admin/staff");
    }

    private bool IsSelf(StaffUser user) => user.Id == users.GetUserId(User);

    /// <summary>Locked by Identity, or paused from some address after wrong passwords (Unlock lifts both).</summary>
    private bool IsLocked(StaffUser user) => user.LockoutEnd > DateTimeOffset.UtcNow || throttle.IsPausedAnywhere(user.Email);

    /// <summary>A blank route value binds as null: that is simply no such account.</summary>
    private async Task<StaffUser?> FindAsync(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : await users.FindByIdAsync(id);
}
