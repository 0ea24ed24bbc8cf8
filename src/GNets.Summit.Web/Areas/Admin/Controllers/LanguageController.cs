using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>
/// The admin's English / 日本語 switch. Open to everyone, like the sign-in page it is shown on; it
/// changes nothing but this browser's cookie, and antiforgery keeps other sites from changing it.
/// </summary>
[Area("Admin")]
[HttpsOnly]
[AllowAnonymous]
[ValidateAntiForgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LanguageController : Controller
{
    [HttpPost(AdminLanguage.SwitchPath)]
    public IActionResult Switch(string? language, string? returnUrl)
    {
        if (AdminLanguage.Parse(language) is not { } chosen)
        {
            return BadRequest("Choose “en” (English) or “ja” (日本語).");
        }

        AdminLanguage.Remember(Response, chosen);
        // Back to the page the switch was on, if it is a staff page of this site.
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) && AdminLanguage.IsAdminUrl(returnUrl)
            ? returnUrl
            : "/admin");
    }
}
