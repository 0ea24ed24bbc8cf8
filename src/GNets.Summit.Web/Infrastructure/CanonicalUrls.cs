namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// One URL per page: GET and HEAD requests for a path with capitals or a trailing slash are redirected
/// (301) to the lowercase path without the slash, query string kept. Static files (fingerprinted names)
/// and media keys are lowercase already; this only fixes hand-typed and mis-linked addresses.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value;
        if (path is null || path == "/" || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }

        var canonical = path.TrimEnd('/');
        if (canonical.Length == 0)
        {
            canonical = "/";
        }

        // Only ASCII capitals: percent-encoded or non-ASCII paths are left alone (they are not ours).
        if (canonical.Any(char.IsAsciiLetterUpper) && !canonical.Contains('%', StringComparison.Ordinal))
        {
            canonical = canonical.ToLowerInvariant();
        }

        // "//host/" must never become a redirect to another site.
        if (canonical == path || canonical.StartsWith("//", StringComparison.Ordinal) || canonical.Contains('\\', StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = request.PathBase + canonical + request.QueryString;
        return Task.CompletedTask;
    }
}
