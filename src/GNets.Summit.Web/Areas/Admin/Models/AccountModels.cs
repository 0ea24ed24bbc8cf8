using System.ComponentModel.DataAnnotations;
using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Areas.Admin.Models;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(200)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class SetupForm
{
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(100)]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "E-mail address", Description = "You sign in with it.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password", Description = "At least 12 characters. A few unrelated words make a strong one.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class StaffForm
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(100)]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter the e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role", Description = "Editors change content. Admins also manage staff accounts and backups.")]
    public string Role { get; set; } = StaffRoles.Editor;
}

public sealed record StaffRow(string Id, string DisplayName, string Email, string Role, bool LockedOut, DateTime CreatedAtUtc, bool IsSelf);

public sealed record StaffListPage(IReadOnlyList<StaffRow> Staff);

/// <summary>Shown once, right after a password is generated.</summary>
public sealed record PasswordShownPage(string Email, string Password, bool IsNewAccount);

public sealed record StaffEditPage(string Id, StaffForm Form, bool LockedOut, bool IsSelf);
