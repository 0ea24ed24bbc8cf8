using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Sends a page's Last-Modified from its data (<see cref="PageMeta.LastModifiedUtc"/>), before the view
/// writes anything.
/// </summary>
public sealed class LastModifiedFilter : IAsyncResultFilter
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is Microsoft.AspNetCore.Mvc.ViewResult { Model: IHasPageMeta { Meta.LastModifiedUtc: { } modified } })
        {
            var utc = DateTime.SpecifyKind(modified, DateTimeKind.Utc);
            context.HttpContext.Response.GetTypedHeaders().LastModified = new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)));
        }

        return next();
    }
}

/// <summary>
/// ETag and 304 Not Modified for public pages. The page is buffered, hashed and tagged; a
/// request whose If-None-Match or If-Modified-Since still matches gets 304 with no body. Cached pages
/// keep their ETag, and the output cache answers those revalidations itself.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName != CachePolicies.PublicPages)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash, 0, 12)}\"", isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        if (string.IsNullOrEmpty(context.Response.Headers.CacheControl))
        {
            // Browsers may keep the page but must revalidate it: an edit shows on the next visit.
            context.Response.Headers.CacheControl = "public, no-cache";
        }

        if (IsNotModified(context.Request.GetTypedHeaders(), etag, headers.LastModified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            return;
        }

        context.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
        }
    }

    private static bool IsNotModified(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
    }
}
