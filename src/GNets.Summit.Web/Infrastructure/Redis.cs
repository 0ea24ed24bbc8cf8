using System.Net.Sockets;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GNets.Summit.Web.Infrastructure;

public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string ("redis.internal:6379,password=…"). Empty (the default): one
    /// instance, everything in its own memory. Set: the output cache, the content generation, the data-protection
    /// keys and the sign-in counters live in Redis, so several instances can serve the same store.
    /// </summary>
    public string? Configuration { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

/// <summary>
/// The one connection to Redis every part of the site shares (connected once, at start). Commands fail at once
/// while Redis is away (no backlog), so a lost Redis costs the pages nothing but their caching.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IDisposable
{
    /// <summary>Every key of the site starts with this, so one Redis can serve other applications too.</summary>
    public const string KeyPrefix = "gnets-summit:";

    private readonly Lock gate = new();
    private ConnectionMultiplexer? multiplexer;

    public string Configuration => options.Value.Configuration ?? "";

    public bool Enabled => options.Value.Enabled;

    /// <summary>The addresses of the configuration, without its password: what messages and /healthz name.</summary>
    public string Address
    {
        get
        {
            try
            {
                return string.Join(",", ConfigurationOptions.Parse(Configuration).EndPoints.Select(Format));
            }
            catch (ArgumentException)
            {
                return "(unreadable configuration)";
            }
        }
    }

    /// <summary>The connection; the first call connects, and throws <see cref="RedisConnectionException"/> when Redis cannot be reached.</summary>
    public IConnectionMultiplexer Multiplexer
    {
        get
        {
            if (Volatile.Read(ref multiplexer) is { } connected)
            {
                return connected;
            }

            lock (gate)
            {
                return multiplexer ??= Connect();
            }
        }
    }

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>Raised when the connection is lost (whatever was running at the time) and when it is back.</summary>
    public event Action<bool>? AvailabilityChanged;

    private ConnectionMultiplexer Connect()
    {
        var configuration = ConfigurationOptions.Parse(Configuration);
        // At start an unreachable Redis is an error (Program says so and exits); later the multiplexer reconnects by itself.
        configuration.AbortOnConnectFail = true;
        // While disconnected, fail each command at once instead of queueing it for seconds: the page goes on without Redis.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        var connection = ConnectionMultiplexer.Connect(configuration);
        connection.ConnectionFailed += (_, e) =>
        {
            logger.LogWarning("Redis at {RedisAddress} was lost ({FailureType}): pages are served from the store, uncached, until it returns",
                Format(e.EndPoint), e.FailureType);
            AvailabilityChanged?.Invoke(false);
        };
        connection.ConnectionRestored += (_, e) =>
        {
            logger.LogWarning("Redis at {RedisAddress} is back", Format(e.EndPoint));
            AvailabilityChanged?.Invoke(true);
        };
        logger.LogInformation("Connected to Redis at {RedisAddress}", Address);
        return connection;
    }

    /// <summary>True for the exceptions a lost or slow Redis throws (the page then goes on without it).</summary>
    public static bool IsFault(Exception exception) =>
        exception is RedisException or RedisTimeoutException or SocketException or ObjectDisposedException;

    private static string Format(System.Net.EndPoint? endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        null => "?",
        _ => endPoint.ToString() ?? "?",
    };

    public void Dispose() => multiplexer?.Dispose();
}

public static class RedisExtensions
{
    /// <summary>
    /// With <c>Redis:Configuration</c> set: the output cache in Redis (behind <see cref="ForgivingOutputCacheStore"/>),
    /// the content generation shared (<see cref="ContentGeneration"/>), the data-protection keys in Redis (see
    /// <see cref="IdentityServiceExtensions"/>), sign-in counters in Redis (<see cref="SignInThrottle"/>) and a
    /// "redis" entry in /healthz. Empty: nothing changes.
    /// </summary>
    /// <remarks>
    /// Everything is decided when the services are first resolved, not here: test hosts add their configuration
    /// after Program has registered the services.
    /// </remarks>
    public static IServiceCollection AddSummitRedis(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section);
        services.AddSingleton<RedisConnection>();
        services.Replace(ServiceDescriptor.Singleton(provider => provider.GetRequiredService<RedisConnection>() is { Enabled: true } redis
            ? new ContentGeneration(new RedisGenerationCounter(redis), provider.GetRequiredService<ILogger<ContentGeneration>>())
            : new ContentGeneration()));
        services.Replace(ServiceDescriptor.Singleton(provider => provider.GetRequiredService<RedisConnection>() is { Enabled: true } redis
            ? new SignInThrottle(provider.GetRequiredService<TimeProvider>(), redis, provider.GetRequiredService<ILogger<SignInThrottle>>())
            : new SignInThrottle(provider.GetRequiredService<TimeProvider>())));

        // The in-memory store AddOutputCache registered, and the Redis one (internal to its package, so taken from
        // its registration); the Redis one answers behind a wrapper that treats a lost Redis as a miss.
        var memory = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.AddStackExchangeRedisOutputCache(redis => redis.InstanceName = RedisConnection.KeyPrefix);
        var shared = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<RedisConnection>((redis, connection) =>
                redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<RedisConnection>().Enabled
            ? new ForgivingOutputCacheStore((IOutputCacheStore)Create(provider, shared), provider.GetRequiredService<ContentGeneration>())
            : (IOutputCacheStore)Create(provider, memory));

        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<RedisOptions>>((health, redis) =>
        {
            if (redis.Value.Enabled)
            {
                health.Registrations.Add(new HealthCheckRegistration("redis", provider => ActivatorUtilities.CreateInstance<RedisHealthCheck>(provider), null, null));
            }
        });
        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);

    /// <summary>
    /// Connects to Redis when it is configured. False (with one line on <paramref name="error"/> naming the setting
    /// and the address) when it cannot be reached: the caller exits with a non-zero code.
    /// </summary>
    public static bool ConnectRedis(this IServiceProvider services, TextWriter error)
    {
        if (services.GetService<RedisConnection>() is not { Enabled: true } redis)
        {
            return true;
        }

        try
        {
            _ = redis.Multiplexer;
            services.GetRequiredService<ContentGeneration>().RefreshAsync().AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (RedisConnectionException ex)
        {
            error.WriteLine($"GNets.Summit cannot start: Redis:Configuration: cannot connect to Redis at {redis.Address} ({ex.FailureType}). " +
                "Start Redis there, correct Redis:Configuration, or leave it empty to run one instance without Redis.");
            return false;
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"GNets.Summit cannot start: Redis:Configuration is not a valid StackExchange.Redis configuration ({ex.Message.Split('\n')[0].Trim()}), e.g. redis.internal:6379,password=…");
            return false;
        }
    }

    /// <summary>Reads the shared content generation at the start of each request, so a save on another instance is seen at once.</summary>
    public static IApplicationBuilder UseSharedContentGeneration(this IApplicationBuilder app)
    {
        var generation = app.ApplicationServices.GetRequiredService<ContentGeneration>();
        return generation.IsShared
            ? app.Use(async (context, next) =>
            {
                await generation.RefreshAsync();
                await next(context);
            })
            : app;
    }
}

/// <summary>The shared counter behind <see cref="ContentGeneration"/>: one Redis key, INCR on every save, one GET per request.</summary>
public sealed class RedisGenerationCounter(RedisConnection redis) : ContentGeneration.ISharedCounter
{
    private static readonly RedisKey Key = RedisConnection.KeyPrefix + "content-generation";

    // A missing key (a new Redis, or one restarted without its data) starts from the clock, in thousandths of a
    // millisecond: above any number the key held before, so no instance's cache can mistake a new number for an old one.
    private const string IncrementScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end
        return redis.call('INCR', KEYS[1])
        """;

    private const string StartScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return tonumber(redis.call('GET', KEYS[1]))
        """;

    public event Action<bool>? AvailabilityChanged
    {
        add => redis.AvailabilityChanged += value;
        remove => redis.AvailabilityChanged -= value;
    }

    public async ValueTask<long> ReadAsync()
    {
        var value = await redis.Database.StringGetAsync(Key);
        return value.TryParse(out long number)
            ? number
            : (long)await redis.Database.ScriptEvaluateAsync(StartScript, [Key], [Epoch()]);
    }

    public long Increment() => (long)redis.Database.ScriptEvaluate(IncrementScript, [Key], [Epoch()]);

    public async ValueTask<long> IncrementAsync() => (long)await redis.Database.ScriptEvaluateAsync(IncrementScript, [Key], [Epoch()]);

    public bool IsFault(Exception exception) => RedisConnection.IsFault(exception);

    private static long Epoch() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
}

/// <summary>
/// The Redis output cache, with a lost Redis treated as an empty cache: a lookup misses (the page is rendered from
/// the store), a write or an eviction is dropped. The generation is marked unreadable, so nothing is cached until
/// Redis is back and the generation has moved on.
/// </summary>
public sealed class ForgivingOutputCacheStore(IOutputCacheStore inner, ContentGeneration generation) : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            generation.LostSharedCounter(ex);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            generation.LostSharedCounter(ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            generation.LostSharedCounter(ex);
        }
    }
}

/// <summary>Redis answering is Healthy; Redis lost is Degraded (not Unhealthy): pages are still served, from the store.</summary>
public sealed class RedisHealthCheck(RedisConnection redis, ContentGeneration generation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Database.PingAsync();
            return generation.IsBlind
                ? HealthCheckResult.Degraded($"Redis at {redis.Address} answers again; caching resumes with the next request")
                : HealthCheckResult.Healthy($"Redis at {redis.Address} answers in {latency.TotalMilliseconds:0.#} ms; pages cached and shared");
        }
        catch (Exception ex) when (RedisConnection.IsFault(ex))
        {
            return HealthCheckResult.Degraded(
                $"Redis at {redis.Address} cannot be reached: pages are served from the store without caching, saves go on; it recovers when Redis returns");
        }
    }
}
