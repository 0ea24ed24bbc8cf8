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
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, Data.SummitDbContext db, ILogger<StaffController> logger) : AdminController
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
            user.LockoutEnd > DateTimeOffset.UtcNow, user.CreatedAtUtc, IsSelf(user))).ToList();

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
        var user = new StaffUser
        {
            UserName = form.Email.Trim(), Email = form.Email.Trim(), DisplayName = form.DisplayName.Trim(),
            EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, form.Role);
        }

        if (!result.Succeeded)
        {
            // The address is both the user name and the e-mail, so a taken one fails twice: say it once.
            foreach (var message in result.Errors.Select(error => error.Code is "DuplicateUserName" or "DuplicateEmail"
                         ? $"There is already an account for {form.Email}."
                         : error.Description).Distinct(StringComparer.Ordinal))
            {
                ModelState.AddModelError(nameof(StaffForm.Email), message);
            }

            return Invalid("Create", form);
        }

        logger.LogWarning("{Admin} created {Role} account {Email}", UserName, form.Role, user.Email);
        return View("PasswordShown", new PasswordShownPage(user.Email!, password, IsNewAccount: true));
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
            user.LockoutEnd > DateTimeOffset.UtcNow, IsSelf(user)));
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
        var currentRole = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (!StaffRoles.All.Contains(form.Role, StringComparer.Ordinal))
        {
            ModelState.AddModelError($"Form.{nameof(StaffForm.Role)}", "Choose Admin or Editor.");
        }
        else if (currentRole == StaffRoles.Admin && form.Role != StaffRoles.Admin && await IsLastAdminAsync(user))
        {
            ModelState.AddModelError($"Form.{nameof(StaffForm.Role)}", "This is the only administrator; make someone else an administrator first.");
        }

        if (!ModelState.IsValid)
        {
            return Invalid("Edit", new StaffEditPage(id, form, user.LockoutEnd > DateTimeOffset.UtcNow, isSelf));
        }

        user.DisplayName = form.DisplayName.Trim();
        user.Email = form.Email.Trim();
        user.UserName = form.Email.Trim();
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && currentRole != form.Role)
        {
            if (currentRole is not null)
            {
                await users.RemoveFromRoleAsync(user, currentRole);
            }

            result = await users.AddToRoleAsync(user, form.Role);
            await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"Form.{nameof(StaffForm.Email)}", error.Description);
            }

            return Invalid("Edit", new StaffEditPage(id!, form, user.LockoutEnd > DateTimeOffset.UtcNow, isSelf));
        }

        if (isSelf)
        {
            // The cookie carries the name shown and recorded in revisions: renew it after a self-edit.
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogWarning("{Admin} updated account {Email} (role {Role})", UserName, user.Email, form.Role);
        Flash($"Saved {user.DisplayName}'s account.");
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
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!result.Succeeded)
        {
            Flash("The password could not be reset: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return Redirect($"/admin/staff/{id}");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogWarning("{Admin} reset the password of {Email}", UserName, user.Email);
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

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Flash($"Unlocked {user.DisplayName}'s account.");
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

        if (await users.IsInRoleAsync(user, StaffRoles.Admin) && await IsLastAdminAsync(user))
        {
            Flash("This is the only administrator; it cannot be deleted.");
            return Redirect($"/admin/staff/{id}");
        }

        await users.DeleteAsync(user);
        logger.LogWarning("{Admin} deleted account {Email}", UserName, user.Email);
        Flash($"Deleted {user.DisplayName}'s account.");
        return Redirect("/admin/staff");
    }

    private bool IsSelf(StaffUser user) => user.Id == users.GetUserId(User);

    /// <summary>A blank route value binds as null: that is simply no such account.</summary>
    private async Task<StaffUser?> FindAsync(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : await users.FindByIdAsync(id);

    private async Task<bool> IsLastAdminAsync(StaffUser user) =>
        (await users.GetUsersInRoleAsync(StaffRoles.Admin)).All(u => u.Id == user.Id);
}
