using System.Security.Cryptography;
using System.Threading.RateLimiting;
using GNets.Summit.Web.Data;
using Microsoft.EntityFrameworkCore;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Infrastructure;

public static class Policies
{
    /// <summary>Any signed-in staff member (Admin or Editor): content editing.</summary>
    public const string Staff = "Staff";

    /// <summary>Admins only: staff accounts and backups.</summary>
    public const string Admin = "Admin";

    /// <summary>The rate limit on sign-in and first-account setup.</summary>
    public const string SignInLimit = "sign-in";
}

public static class IdentityServiceExtensions
{
    public static IServiceCollection AddSummitIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B); no e-mail confirmation: there is no mail server.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Wrong passwords pause one account from one address (SignInThrottle), never the account for
                // everyone; an account locked by other means (LockoutEnd) still cannot sign in.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SummitDbContext>()
            .AddErrorDescriber<StaffIdentityErrors>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
            options.LoginPath = "/admin/sign-in";
            options.LogoutPath = "/admin/sign-out";
            options.AccessDeniedPath = "/admin/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // Every staff request re-checks the account's security stamp: a changed role, a reset password
        // or a deleted account ends existing sessions at once, not after the default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.Replace(
            services, ServiceDescriptor.Scoped<ISecurityStampValidator, StoreTolerantSecurityStampValidator>());

        // TempData (the "Saved." messages) travels in a cookie: make it as strict as the others.
        services.AddOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>()
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.Name = CookieName("gnets-tempdata", environment);
                options.Cookie.SecurePolicy = SecurePolicy(environment);
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.HttpOnly = true;
                options.Cookie.IsEssential = true;
                options.Cookie.Path = "/";
            });

        services.AddAntiforgery(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.FormFieldName = "__RequestVerificationToken";
        });

        // Secure, __Host- prefixed cookies everywhere but on a developer's plain-http localhost.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.SecurePolicy = SecurePolicy(environment);
                options.Cookie.Name = CookieName("gnets-staff", environment);
            });
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.SecurePolicy = SecurePolicy(environment);
                options.Cookie.Name = CookieName("gnets-af", environment);
            });

        // Keys next to the store, so sign-in cookies survive a restart; with Redis, in Redis, so every instance
        // reads every other's cookies and antiforgery tokens.
        services.AddDataProtection()
            .SetApplicationName("GNets.Summit")
            .Services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeysNextToStore>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Editor))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(StaffRoles.Admin));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GNets.Summit.RateLimit").LogWarning(
                    "Too many requests: {Method} {Path} from {ClientAddress} answered 429",
                    http.Request.Method, http.Request.Path.Value, SignInThrottle.Client(http.Connection.RemoteIpAddress));
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policies.SignInLimit, context => RateLimitPartition.Get(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                client =>
                {
                    var window = new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    };
                    // With Redis the window is counted there, across every instance; the local one counts while Redis is away.
                    return context.RequestServices.GetService<RedisConnection>() is { Enabled: true } redis
                        ? new SharedFixedWindowLimiter(redis, "sign-in:" + client, window)
                        : new FixedWindowRateLimiter(window);
                }));
        });

        services.AddSingleton<StaffSetup>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffAccountService>();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static string CookieName(string name, IHostEnvironment environment) =>
        environment.IsDevelopment() ? name : "__Host-" + name;

    private sealed class KeysNextToStore(IServiceProvider services) : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions options)
        {
            if (services.GetService<RedisConnection>() is { Enabled: true } redis)
            {
                options.XmlRepository = new Microsoft.AspNetCore.DataProtection.StackExchangeRedis.RedisXmlRepository(
                    () => redis.Database, RedisConnection.KeyPrefix + "data-protection-keys");
                return;
            }

            var environment = services.GetRequiredService<IHostEnvironment>();
            var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
            var database = store.FullPath(environment);
            var folder = new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database)!, "keys"));
            // The keys sign the staff cookies: only the site's own user may read them.
            PrivateFiles.CreateFolder(Path.GetDirectoryName(database)!);
            PrivateFiles.CreateFolder(folder.FullName);
            options.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                folder, services.GetRequiredService<ILoggerFactory>());
        }
    }
}

/// <summary>
/// The one-time link that creates the first administrator. It exists only while the store has no staff
/// account; it is random, kept in memory (never stored or configured), and spent when used.
/// </summary>
public sealed class StaffSetup
{
    private readonly Lock gate = new();
    private string? token;

    /// <summary>The current token, or null when staff exist or it was used.</summary>
    public string? Token
    {
        get
        {
            lock (gate)
            {
                return token;
            }
        }
    }

    public string Issue()
    {
        lock (gate)
        {
            return token ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
                .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        }
    }

    public bool Matches(string? candidate)
    {
        lock (gate)
        {
            return token is not null && candidate is not null
                && CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(candidate));
        }
    }

    public void Spend()
    {
        lock (gate)
        {
            token = null;
        }
    }

    /// <summary>The setup address to log; null once staff exist.</summary>
    public string? LinkFor(string baseAddress) =>
        Token is { } current ? $"{baseAddress.TrimEnd('/')}/admin/setup?token={current}" : null;
}

public static class StaffSetupExtensions
{
    /// <summary>Ensures the roles exist and, while the store has no staff account, issues the one-time setup link.</summary>
    public static async Task PrepareStaffSetupAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (!await users.Users.AnyAsync(ct))
        {
            services.GetRequiredService<StaffSetup>().Issue();
        }
    }
}

/// <summary>
/// The security stamp check reads the store. When the store cannot be reached the session is kept as the cookie
/// says for this request (anything the request does with the store fails the same way, and answers 503 rather
/// than signing staff out or failing again inside the error page); the stamp is checked again on the next request.
/// </summary>
public sealed class StoreTolerantSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<StaffUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<StaffUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        try
        {
            await base.ValidateAsync(context);
        }
        catch (Exception ex) when (StoreProviders.IsUnreachable(ex))
        {
            // The principal stays; the exception handler's 503 page is shown by what the request does next.
        }
    }
}

/// <summary>
/// The sign-in rate limit's fixed window, counted in Redis (INCR, and PEXPIRE when the window opens) so that
/// every instance counts the same attempts; while Redis cannot be reached, the in-memory limiter used without
/// Redis counts instead, so the limit never simply disappears.
/// </summary>
public sealed class SharedFixedWindowLimiter(RedisConnection redis, string name, FixedWindowRateLimiterOptions window) : RateLimiter
{
    private const string CountScript = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return n
        """;

    private readonly StackExchange.Redis.RedisKey key = RedisConnection.KeyPrefix + "rate:" + name;
    private readonly FixedWindowRateLimiter local = new(window);
    private readonly int permitLimit = window.PermitLimit;
    private readonly long windowMs = (long)window.Window.TotalMilliseconds;

    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        try
        {
            var count = (long)redis.Database.ScriptEvaluate(CountScript, [key], [permitCount, windowMs]);
            return new Lease(permitCount == 0 ? count < permitLimit : count <= permitLimit);
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            return local.AttemptAcquire(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            var count = (long)await redis.Database.ScriptEvaluateAsync(CountScript, [key], [permitCount, windowMs]);
            return new Lease(permitCount == 0 ? count < permitLimit : count <= permitLimit);
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
