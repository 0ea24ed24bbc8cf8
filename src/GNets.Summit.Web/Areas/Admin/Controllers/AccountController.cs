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
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffAccountService staff, StaffSetup setup, SignInThrottle throttle,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// The one answer to every refused sign-in: unknown address, wrong password, or paused after too many
    /// failures (see <see cref="SignInThrottle"/>), so the page tells nobody which addresses have accounts.
    /// </summary>
    public const string Refused = "The e-mail address or password is not right. After 5 wrong tries, sign-in from the same network pauses for 15 minutes.";

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

        var email = form.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        var user = await users.FindByEmailAsync(email);
        var paused = throttle.IsPaused(email, address);
        var result = user is null || paused
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            // Identity's own lockout would lock the account for everyone: failures are counted by SignInThrottle instead.
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(email, address);
            logger.LogInformation("{Email} signed in from {ClientAddress}", user!.Email, SignInThrottle.Client(address));
            return LocalRedirect(form.ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/admin", StringComparison.Ordinal) ? url : "/admin");
        }

        // Every refusal verifies a password hash, as a wrong password does: unknown, paused and locked
        // accounts take as long to refuse (Identity checks a lockout before the password).
        if (user is null || paused || result.IsLockedOut || result.IsNotAllowed)
        {
            var hash = user?.PasswordHash ?? throttle.DummyHash(users.PasswordHasher);
            users.PasswordHasher.VerifyHashedPassword(user ?? new StaffUser(), hash, form.Password);
        }

        if (!paused)
        {
            throttle.RecordFailure(email, address);
        }

        var reason = user is null ? "no such account" : paused ? "paused after too many failures" : result.IsLockedOut ? "account locked" : "wrong password";
        logger.LogWarning("Failed sign-in for {Email} from {ClientAddress}: {Reason}", LogSafe(email), SignInThrottle.Client(address), reason);
        ModelState.AddModelError(string.Empty, Refused);
        form.Password = "";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View(form);
    }

    /// <summary>What a visitor typed, on one log line whatever it holds.</summary>
    private static string LogSafe(string value) =>
        string.Concat(value.Take(256).Select(c => char.IsControl(c) ? '?' : c));

    [Authorize(Policy = Policies.Staff)]
    [HttpPost("/admin/sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        // Deleting the cookie in this browser is not enough: a copy of it (on another device, or a stolen
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
