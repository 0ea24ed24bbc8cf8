using GNets.Summit.Web.Areas.Admin.Models;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>Sign-in, sign-out and the one-time creation of the first administrator.</summary>
[Area("Admin")]
[HttpsOnly]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AccountController(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffAccountService staff, StaffSetup setup, ILogger<AccountController> logger) : Controller
{

    [AllowAnonymous]
    [HttpGet("/admin/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/admin/sign-in")]
    [EnableRateLimiting(Policies.SignInLimit)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new StaffUser(), form.Password);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", user!.Email);
            return LocalRedirect(form.ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/admin", StringComparison.Ordinal) ? url : "/admin");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Email}: locked out", form.Email);
            ModelState.AddModelError(string.Empty, "This account is locked after too many wrong passwords. Try again in 15 minutes, or ask an administrator to unlock it.");
        }
        else
        {
            logger.LogInformation("Failed sign-in for {Email}", form.Email);
            ModelState.AddModelError(string.Empty, "The e-mail address or password is not right.");
        }

        form.Password = "";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View(form);
    }

    [Authorize(Policy = Policies.Staff)]
    [HttpPost("/admin/sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        // Deleting the cookie in this browser is not enough: a copy of it (another tab's device, a stolen
        // one) would stay valid for 8 hours. A new security stamp makes every cookie issued so far fail the
        // stamp check that runs on each staff request, so signing out ends all of this account's sessions.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        TempData[AdminController.StatusKey] = "You have signed out.";
        return Redirect("/admin/sign-in");
    }

    [AllowAnonymous]
    [HttpGet("/admin/denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [AllowAnonymous]
    [HttpGet("/admin/setup")]
    public async Task<IActionResult> Setup(string? token) =>
        setup.Matches(token) && !await users.Users.AnyAsync()
            ? View(new SetupForm { Token = token! })
            : NotFound();

    [AllowAnonymous]
    [HttpPost("/admin/setup")]
    [EnableRateLimiting(Policies.SignInLimit)]
    public async Task<IActionResult> Setup(SetupForm form)
    {
        if (!setup.Matches(form.Token) || await users.Users.AnyAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        // Only while no staff account exists, checked inside the write transaction: two people holding the
        // link (or the link and the create-staff command) cannot both make a first administrator.
        var (result, user) = await staff.CreateAsync(form.Email, form.DisplayName, StaffRoles.Admin, form.Password,
            actor: form.Email.Trim(), onlyIfNoStaff: true);
        if (result.Errors.Any(e => e.Code == StaffAccountService.StaffExistCode))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(SetupForm.Password) : nameof(SetupForm.Email), error.Description);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        setup.Spend();
        logger.LogWarning("First administrator {Email} created through the setup link; the link no longer works", user!.Email);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData[AdminController.StatusKey] = "Your administrator account is ready. Add other staff under Staff accounts.";
        return Redirect("/admin");
    }
}
