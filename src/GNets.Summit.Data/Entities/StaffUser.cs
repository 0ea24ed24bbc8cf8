using Microsoft.AspNetCore.Identity;

namespace GNets.Summit.Web.Data.Entities;

public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public static readonly string[] All = [Admin, Editor];
}
