using Microsoft.AspNetCore.Http.Features;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// HEAD answers like GET without a body on every GET route (crawlers, link checkers and uptime
/// monitors use it): the request runs as a GET, its body is thrown away, and the method is HEAD
/// again before anything is logged or sent. Headers (status, Content-Type, ETag, Content-Length
/// where the GET sets it) are the GET's.
/// </summary>
public sealed class HeadAsGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
