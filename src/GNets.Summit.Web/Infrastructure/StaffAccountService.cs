using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Every change to a staff account, from the setup link, the staff admin, the command line and the tests
/// alike: one place that checks the rules, keeps at least one administrator, and writes the audit log.
/// </summary>
/// <remarks>
/// Each change runs in one SQLite <c>BEGIN IMMEDIATE</c> transaction: the write lock is taken before the
/// "is this the last administrator?" count, so a second change waits until the first has committed and
/// then counts again. Two admins demoting or deleting each other at once therefore leave one admin. A
/// process-wide lock would not cover the command line (another process) and a deferred transaction would
/// fail with SQLITE_BUSY instead of waiting; the store's busy timeout (30 s) makes the second one wait.
/// The account and its audit entry are committed together, so there are no half-made accounts.
/// </remarks>
public sealed class StaffAccountService(
    UserManager<StaffUser> users, SummitDbContext db, SignInThrottle throttle, TimeProvider clock, ILogger<StaffAccountService> logger)
{
    /// <summary>Who made a change from the command line, as the audit log shows it.</summary>
    public static string CommandLine => $"command line ({Environment.UserName})";

    public const string LastAdministratorCode = "LastAdministrator";
    public const string StaffExistCode = "StaffExist";

    /// <summary>Creates an account with its role; <paramref name="onlyIfNoStaff"/> is the setup link's "first administrator only".</summary>
    public Task<(IdentityResult Result, StaffUser? User)> CreateAsync(
        string email, string displayName, string role, string password, string actor, bool onlyIfNoStaff = false, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            if (!StaffRoles.All.Contains(role, StringComparer.Ordinal))
            {
                return (Failed("Role", Areas.Admin.Editing.StaffWords.Say("The role must be one of: {0}.", string.Join(Areas.Admin.Editing.StaffWords.Say(", "), StaffRoles.All.Select(role => Areas.Admin.Editing.StaffWords.Say(role))))), null);
            }

            if (onlyIfNoStaff && await users.Users.AnyAsync(ct))
            {
                return (Failed(StaffExistCode, "A staff account exists already."), (StaffUser?)null);
            }

            var user = new StaffUser
            {
                UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(),
                EmailConfirmed = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (result.Succeeded)
            {
                await AuditAsync(user, RevisionAction.Created, actor, $"Role {role}", ct);
                logger.LogWarning("{Actor} created {Role} account {Email}", actor, role, user.Email);
            }

            return (result, result.Succeeded ? user : null);
        }, outcome => outcome.Item1.Succeeded, ct);

    /// <summary>Changes name, e-mail and role; refuses to demote the last administrator.</summary>
    public Task<IdentityResult> UpdateAsync(StaffUser user, string displayName, string email, string role, string actor, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            if (!StaffRoles.All.Contains(role, StringComparer.Ordinal))
            {
                return Failed("Role", "Choose Admin or Editor.");
            }

            var currentRole = (await users.GetRolesAsync(user)).FirstOrDefault();
            if (currentRole == StaffRoles.Admin && role != StaffRoles.Admin && await IsLastAdminAsync(user))
            {
                return Failed(LastAdministratorCode, "This is the only administrator; make someone else an administrator first.");
            }

            var changed = new List<string>();
            if (user.DisplayName != displayName.Trim())
            {
                changed.Add("Name");
            }

            if (!string.Equals(user.Email, email.Trim(), StringComparison.Ordinal))
            {
                changed.Add("E-mail");
            }

            user.DisplayName = displayName.Trim();
            user.Email = email.Trim();
            user.UserName = email.Trim();
            var result = await users.UpdateAsync(user);
            if (result.Succeeded && currentRole != role)
            {
                if (currentRole is not null)
                {
                    result = await users.RemoveFromRoleAsync(user, currentRole);
                }

                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, role);
                }

                if (result.Succeeded)
                {
                    // Sessions of the account end: its cookie carries the old role.
                    result = await users.UpdateSecurityStampAsync(user);
                }

                changed.Add($"Role {currentRole ?? "none"} → {role}");
            }

            if (result.Succeeded && changed.Count > 0)
            {
                await AuditAsync(user, RevisionAction.Edited, actor, string.Join(", ", changed), ct);
                logger.LogWarning("{Actor} updated account {Email}: {Changes}", actor, user.Email, string.Join(", ", changed));
            }

            return result;
        }, result => result.Succeeded, ct);

    /// <summary>Sets a new password, ends the account's sessions and lifts any lockout.</summary>
    public Task<IdentityResult> ResetPasswordAsync(StaffUser user, string password, string actor, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                throttle.Clear(user.Email);
                await AuditAsync(user, RevisionAction.Edited, actor, "Password reset", ct);
                logger.LogWarning("{Actor} reset the password of {Email}", actor, user.Email);
            }

            return result;
        }, result => result.Succeeded, ct);

    /// <summary>Lifts the account's lockout.</summary>
    public Task<IdentityResult> UnlockAsync(StaffUser user, string actor, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
            {
                result = await users.ResetAccessFailedCountAsync(user);
            }

            if (result.Succeeded)
            {
                throttle.Clear(user.Email);
                await AuditAsync(user, RevisionAction.Edited, actor, "Unlocked", ct);
                logger.LogWarning("{Actor} unlocked account {Email}", actor, user.Email);
            }

            return result;
        }, result => result.Succeeded, ct);

    /// <summary>Deletes the account; refuses to delete the last administrator.</summary>
    public Task<IdentityResult> DeleteAsync(StaffUser user, string actor, CancellationToken ct = default) =>
        InWriteTransactionAsync(async () =>
        {
            if (await users.IsInRoleAsync(user, StaffRoles.Admin) && await IsLastAdminAsync(user))
            {
                return Failed(LastAdministratorCode, "This is the only administrator; it cannot be deleted.");
            }

            var result = await users.DeleteAsync(user);
            if (result.Succeeded)
            {
                await AuditAsync(user, RevisionAction.Deleted, actor, "", ct);
                logger.LogWarning("{Actor} deleted account {Email}", actor, user.Email);
            }

            return result;
        }, result => result.Succeeded, ct);

    private async Task<bool> IsLastAdminAsync(StaffUser user) =>
        (await users.GetUsersInRoleAsync(StaffRoles.Admin)).All(u => u.Id == user.Id);

    /// <summary>An audit entry: who, when, what; never a password.</summary>
    private async Task AuditAsync(StaffUser user, RevisionAction action, string actor, string what, CancellationToken ct)
    {
        db.Revisions.Add(new Revision
        {
            Kind = ContentKind.StaffAccount,
            Label = $"{user.DisplayName} ({user.Email})",
            Action = action,
            UserName = actor,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ChangedFields = what,
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task<T> InWriteTransactionAsync<T>(Func<Task<T>> work, Func<T, bool> succeeded, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The write lock first, then the checks (see the remarks above): BEGIN IMMEDIATE on SQLite; on
            // PostgreSQL a transaction-level advisory lock that every staff-account change takes.
            await using var transaction = db.IsSqlite()
                ? ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false)
                : await db.Database.GetDbConnection().BeginTransactionAsync(ct);
            await db.Database.UseTransactionAsync(transaction, ct);
            if (!db.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4671045)", ct);
            }

            var outcome = await work();
            if (succeeded(outcome))
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
                // Nothing half-done may be saved later by the same context.
                db.ChangeTracker.Clear();
            }

            await db.Database.UseTransactionAsync(null, ct);
            return outcome;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
