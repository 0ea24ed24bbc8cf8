namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// One URL per page: GET and HEAD requests for a path with capitals or a trailing slash are redirected
/// (301) to the lowercase path without the slash, query string kept. Static files (fingerprinted names)
/// and media keys are lowercase already; this only fixes hand-typed and mis-linked addresses.
/// The redirect only ever points to a path on this site: a path holding a control character (which
/// browsers drop, so "/%09/evil.example" would become "//evil.example") or that would start with "//"
/// or "/\" is not redirected at all (it 404s), and the Location is percent-encoded.
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

        var canonical = CanonicalPath(path);
        var query = request.QueryString.ToUriComponent();
        if (canonical is null || canonical == path || query.Any(c => c is < '!' or > '~'))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = (request.PathBase + new PathString(canonical)).ToUriComponent() + query;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The one address of <paramref name="path"/> (decoded), or null when it must not be redirected:
    /// control or invisible characters, or a result that a browser could read as another host.
    /// </summary>
    internal static string? CanonicalPath(string path)
    {
        if (path.Any(IsUnsafe))
        {
            return null;
        }

        var canonical = path.TrimEnd('/');
        if (canonical.Length == 0)
        {
            canonical = "/";
        }

        // Only ASCII capitals, and not in a path still holding an escape ("%2F" stays "%2F"): other
        // letters are left as they are (no slug has them).
        if (!canonical.Contains('%', StringComparison.Ordinal))
        {
            canonical = string.Create(canonical.Length, canonical, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = char.IsAsciiLetterUpper(source[i]) ? char.ToLowerInvariant(source[i]) : source[i];
                }
            });
        }

        // "//host/" and "/\host/" must never become a redirect to another site.
        return canonical.Length > 1 && (canonical[1] == '/' || canonical[1] == '\\') || canonical.Contains('\\', StringComparison.Ordinal)
            ? null
            : canonical;
    }

    /// <summary>Characters browsers strip or treat as separators: C0/C1 controls, DEL, Unicode line and paragraph separators.</summary>
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200B' or '\uFEFF';
}
