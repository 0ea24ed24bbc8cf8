using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>
/// Staff pages carry passwords and Secure-only cookies, so outside Development they refuse plain HTTP
/// with a message instead of failing inside antiforgery. Behind a TLS-terminating proxy, set
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so the original scheme is seen.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HttpsOnlyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var environment = context.HttpContext.RequestServices.GetRequiredService<IHostEnvironment>();
        if (!context.HttpContext.Request.IsHttps && !environment.IsDevelopment())
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                ContentType = "text/plain; charset=utf-8",
                Content = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>()
                    ["Staff pages are served over HTTPS only. Open this address with https://."],
            };
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
