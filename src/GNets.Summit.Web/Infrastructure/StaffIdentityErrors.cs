using GNets.Summit.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// ASP.NET Identity's refusals (a short password, a taken e-mail address) in the staff's language. The
/// English templates are Identity's own, word for word, and are the keys of the Japanese; a refusal with
/// no Japanese keeps Identity's English.
/// </summary>
public sealed class StaffIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    private IdentityError Say(IdentityError english, string template, params object[] arguments) =>
        t[template, arguments] is { ResourceNotFound: false } found
            ? new IdentityError { Code = english.Code, Description = found.Value }
            : english;

    public override IdentityError DefaultError() => Say(base.DefaultError(), "An unknown failure has occurred.");
    public override IdentityError ConcurrencyFailure() => Say(base.ConcurrencyFailure(), "Optimistic concurrency failure, object has been modified.");
    public override IdentityError PasswordMismatch() => Say(base.PasswordMismatch(), "Incorrect password.");
    public override IdentityError InvalidToken() => Say(base.InvalidToken(), "Invalid token.");
    public override IdentityError InvalidUserName(string? userName) => Say(base.InvalidUserName(userName), "Username '{0}' is invalid, can only contain letters or digits.", userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Say(base.InvalidEmail(email), "Email '{0}' is invalid.", email ?? "");
    public override IdentityError DuplicateUserName(string userName) => Say(base.DuplicateUserName(userName), "Username '{0}' is already taken.", userName);
    public override IdentityError DuplicateEmail(string email) => Say(base.DuplicateEmail(email), "Email '{0}' is already taken.", email);
    public override IdentityError PasswordTooShort(int length) => Say(base.PasswordTooShort(length), "Passwords must be at least {0} characters.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Say(base.PasswordRequiresUniqueChars(uniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Say(base.PasswordRequiresNonAlphanumeric(), "Passwords must have at least one non alphanumeric character.");
    public override IdentityError PasswordRequiresDigit() => Say(base.PasswordRequiresDigit(), "Passwords must have at least one digit ('0'-'9').");
    public override IdentityError PasswordRequiresLower() => Say(base.PasswordRequiresLower(), "Passwords must have at least one lowercase ('a'-'z').");
    public override IdentityError PasswordRequiresUpper() => Say(base.PasswordRequiresUpper(), "Passwords must have at least one uppercase ('A'-'Z').");
}
