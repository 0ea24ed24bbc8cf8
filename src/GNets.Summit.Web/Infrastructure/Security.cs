using GNets.Summit.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NetEscapades.AspNetCore.SecurityHeaders.Headers.ContentSecurityPolicy;

namespace GNets.Summit.Web.Infrastructure;

public static class SecurityExtensions
{
    /// <summary>
    /// Response headers for every response (NetEscapades.AspNetCore.SecurityHeaders). The CSP allows no
    /// inline script or style at all: the site has none (JSON-LD blocks are data, not script).
    /// </summary>
    /// <summary>The policy of the embeddable program (<see cref="Features.Program.ProgramController.Embed"/>).</summary>
    public const string EmbedPolicy = "embed";

    /// <summary>
    /// Response headers for every response (NetEscapades.AspNetCore.SecurityHeaders). The CSP allows no
    /// inline script or style at all: the site has none (JSON-LD blocks are data, not script). No page may be
    /// framed (frame-ancestors 'none', X-Frame-Options DENY) except the embeddable program, whose policy lets
    /// the sites in <see cref="EmbedOptions.FrameAncestors"/> frame it and sends no X-Frame-Options.
    /// </summary>
    public static IServiceCollection AddSummitSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies((builder, provider) =>
        {
            var environment = provider.GetRequiredService<IHostEnvironment>();
            builder.SetDefaultPolicy(policy => Common(policy.AddFrameOptionsDeny(), environment, frames => frames.None()));
            var ancestors = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmbedOptions>>().Value.Sources;
            builder.AddPolicy(EmbedPolicy, policy => Common(policy, environment, frames =>
            {
                foreach (var source in ancestors)
                {
                    if (source == "'self'")
                    {
                        frames.Self();
                    }
                    else
                    {
                        frames.From(source);
                    }
                }
            }));
        });

    private static void Common(HeaderPolicyCollection policy, IHostEnvironment environment, Action<FrameAncestorsDirectiveBuilder> frameAncestors)
    {
        policy
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                frameAncestors(csp.AddFrameAncestors());
                // Recordings: the player is loaded on click, from these two hosts and no other.
                var frames = csp.AddFrameSrc();
                foreach (var origin in Features.Shared.Recording.EmbedOrigins)
                {
                    frames.From(origin);
                }
            })
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
            });
        // Browsers remember HSTS for the host: never on a developer's plain-http localhost.
        if (!environment.IsDevelopment())
        {
            // Two years, subdomains included; sent on HTTPS responses only, to every host name.
            policy.AddStrictTransportSecurity(63_072_000, includeSubdomains: true, preload: false, excludedHosts: []);
        }
    }

    public static IServiceCollection AddSummitHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>/healthz for a load balancer: 200 "Healthy" while the store answers, 503 otherwise.</summary>
    public static IEndpointConventionBuilder MapSummitHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(string.Join('\n', report.Entries
                    .Select(e => $"{e.Key}: {e.Value.Status} ({e.Value.Description})")
                    .Prepend(report.Status.ToString())) + "\n");
            },
        });
}

/// <summary>The store is healthy when it opens, answers a read, and (SQLite) reports its integrity as ok.</summary>
public sealed class StoreHealthCheck(SummitDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var events = await db.Events.CountAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                // SQLite checks its file; PostgreSQL checks its own pages and only needs to answer.
                command.CommandText = db.IsSqlite() ? "PRAGMA quick_check(1);" : "SELECT 'ok';";
                var check = (string?)await command.ExecuteScalarAsync(cancellationToken);
                return check == "ok"
                    ? HealthCheckResult.Healthy($"{events} events; integrity ok")
                    : HealthCheckResult.Unhealthy($"integrity check: {check}");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the store cannot be read: " + ex.Message);
        }
    }
}
