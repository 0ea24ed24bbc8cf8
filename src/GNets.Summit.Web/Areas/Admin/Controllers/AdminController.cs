using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>Every admin page: staff only, antiforgery on every unsafe request, never cached or indexed.</summary>
[Area("Admin")]
[HttpsOnly]
[Authorize(Policy = Policies.Staff)]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    public const string StatusKey = "Status";

    protected string UserName => User.Identity?.Name ?? "unknown";

    /// <summary>The staff's words in the language they chose (the English is the key).</summary>
    protected IStringLocalizer<Resources.SharedResource> T =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Resources.SharedResource>>();

    /// <summary>A message for the next page, after a redirect (post/redirect/get).</summary>
    protected void Flash(string message) => TempData[StatusKey] = message;

    /// <summary>Bad input: the form again, with its messages, and a 4xx status.</summary>
    protected ViewResult Invalid(string viewName, object model, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Response.StatusCode = status;
        return View(viewName, model);
    }
}
