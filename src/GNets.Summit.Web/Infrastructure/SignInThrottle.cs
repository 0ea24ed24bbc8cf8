using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Lockout that an attacker cannot turn against staff. Failed sign-ins are counted per (account, client
/// address) pair and per client address, never per account alone:
/// <list type="bullet">
/// <item>5 failures for one account from one address pause that account's sign-in from that address for
/// 15 minutes; the owner, signing in from anywhere else, is not affected.</item>
/// <item>50 failures from one address, whatever the accounts, pause every sign-in from that address for
/// 15 minutes (password spraying); the per-minute rate limit comes on top.</item>
/// </list>
/// Unknown accounts are counted the same way as real ones, and the sign-in page answers a paused attempt
/// exactly as a wrong password (same text, same status, a password hash verified all the same), so it
/// tells nobody which addresses have accounts. IPv6 clients are counted per /64, the block one host
/// usually holds. The counts live in memory: one site process, and a restart forgets them. With Redis
/// (<see cref="RedisOptions"/>) they live in Redis, counted the same way across every instance, and
/// survive a restart of the site (see <see cref="SharedCounters"/>).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FailuresPerAccountAndAddress = 5;
    public const int FailuresPerAddress = 50;
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    /// <summary>Beyond this many counters the expired ones are dropped; new ones are not kept while it stays full.</summary>
    private const int MaxCounters = 100_000;

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
    private readonly SharedCounters? shared;
    private string? dummyHash;

    /// <summary>Counts kept in Redis, shared by every instance of the site.</summary>
    public SignInThrottle(TimeProvider clock, RedisConnection redis, ILogger<SignInThrottle> logger)
        : this(clock)
    {
        shared = new SharedCounters(redis, logger);
    }

    /// <summary>True while sign-in to <paramref name="account"/> from <paramref name="address"/> is paused.</summary>
    public bool IsPaused(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        // Counts made in memory while Redis was away still hold when it is back.
        return shared?.IsPaused(account, Client(address), now) == true
            || IsPaused(PairKey(account, address), now) || IsPaused(AddressKey(address), now);
    }

    /// <summary>True while some address is paused from signing in to <paramref name="account"/> (shown to admins).</summary>
    public bool IsPausedAnywhere(string? account)
    {
        if (account is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (shared?.IsPausedAnywhere(account, now) == true)
        {
            return true;
        }

        var prefix = AccountPrefix(account);
        return counters.Any(c => c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Value.IsPaused(now));
    }

    public void RecordFailure(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        if (shared?.RecordFailure(account, Client(address), now) == true)
        {
            return;
        }

        if (counters.Count >= MaxCounters)
        {
            foreach (var stale in counters.Where(c => c.Value.IsStale(now)))
            {
                counters.TryRemove(stale);
            }
        }

        Count(PairKey(account, address), FailuresPerAccountAndAddress, now);
        Count(AddressKey(address), FailuresPerAddress, now);
    }

    /// <summary>A correct password: that pair starts again from zero.</summary>
    public void RecordSuccess(string account, IPAddress? address)
    {
        shared?.RecordSuccess(account, Client(address));
        counters.TryRemove(PairKey(account, address), out _);
    }

    /// <summary>An administrator unlocked the account or reset its password: every address may try again.</summary>
    public void Clear(string? account)
    {
        if (account is null)
        {
            return;
        }

        shared?.Clear(account);
        var prefix = AccountPrefix(account);
        foreach (var key in counters.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            counters.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// A hash of a random password, made by the site's own hasher: verifying against it costs what
    /// verifying a real account's password costs.
    /// </summary>
    public string DummyHash(IPasswordHasher<StaffUser> hasher) =>
        dummyHash ??= hasher.HashPassword(new StaffUser(), RandomNumberGenerator.GetHexString(32));

    private void Count(string key, int limit, DateTimeOffset now)
    {
        if (counters.Count >= MaxCounters && !counters.ContainsKey(key))
        {
            return;
        }

        counters.GetOrAdd(key, _ => new Counter()).Fail(limit, now);
    }

    private bool IsPaused(string key, DateTimeOffset now) => counters.TryGetValue(key, out var counter) && counter.IsPaused(now);

    private static string AccountPrefix(string account) => "account\n" + account.Trim().ToUpperInvariant() + "\n";

    private static string PairKey(string account, IPAddress? address) => AccountPrefix(account) + Client(address);

    private static string AddressKey(IPAddress? address) => "address\n" + Client(address);

    /// <summary>The client as counted: an IPv4 address, or the /64 network of an IPv6 one.</summary>
    public static string Client(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private sealed class Counter
    {
        private readonly Lock gate = new();
        private int failures;
        private DateTimeOffset windowStart;
        private DateTimeOffset pausedUntil;

        public void Fail(int limit, DateTimeOffset now)
        {
            lock (gate)
            {
                if (pausedUntil > now)
                {
                    // Tries during a pause neither count nor lengthen it.
                    return;
                }

                if (now - windowStart >= Pause)
                {
                    failures = 0;
                    windowStart = now;
                }

                if (++failures >= limit)
                {
                    pausedUntil = now + Pause;
                    failures = 0;
                }
            }
        }

        public bool IsPaused(DateTimeOffset now)
        {
            lock (gate)
            {
                return pausedUntil > now;
            }
        }

        public bool IsStale(DateTimeOffset now)
        {
            lock (gate)
            {
                return pausedUntil <= now && now - windowStart >= Pause;
            }
        }
    }

    /// <summary>
    /// The same counters in Redis, so every instance counts every failure. One hash per account (a field per
    /// client address: failures, window start, paused until) and one per address; a Lua script updates a counter
    /// in one step, with the site's clock, so the rules are exactly those of <see cref="Counter"/>. Each hash
    /// expires once nothing in it can matter any more.
    /// <para>
    /// While Redis cannot be reached every call answers null (false for a failure) and the throttle counts in
    /// this process's memory instead, as it does without Redis. Failing closed (no sign-in at all) would lock
    /// every staff member out for as long as Redis is away, which an attacker could then cause; counting per
    /// instance keeps the limits, multiplied at worst by the number of instances for that time, and the
    /// per-minute rate limit still applies.
    /// </para>
    /// </summary>
    private sealed class SharedCounters(RedisConnection redis, ILogger logger)
    {
        private const string FailScript = """
            local f, w, p = 'f' .. ARGV[1], 'w' .. ARGV[1], 'p' .. ARGV[1]
            local now, limit, pause = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            if tonumber(redis.call('HGET', KEYS[1], p) or '0') > now then return 0 end
            local failures = tonumber(redis.call('HGET', KEYS[1], f) or '0')
            local start = redis.call('HGET', KEYS[1], w)
            if not start or now - tonumber(start) >= pause then
                failures = 0
                redis.call('HSET', KEYS[1], w, ARGV[2])
            end
            failures = failures + 1
            if failures >= limit then
                redis.call('HSET', KEYS[1], p, tostring(now + pause))
                failures = 0
            end
            redis.call('HSET', KEYS[1], f, failures)
            redis.call('PEXPIRE', KEYS[1], pause * 2)
            return 1
            """;

        private static readonly long PauseMs = (long)Pause.TotalMilliseconds;
        private long lastWarning;

        public bool? IsPaused(string account, string client, DateTimeOffset now) => Try(() =>
        {
            var batch = redis.Database.CreateBatch();
            var pair = batch.HashGetAsync(AccountKey(account), "p" + client);
            var whole = batch.HashGetAsync(AddressKey(client), "p");
            batch.Execute();
            return Until(pair.GetAwaiter().GetResult()) > now.ToUnixTimeMilliseconds()
                || Until(whole.GetAwaiter().GetResult()) > now.ToUnixTimeMilliseconds();
        });

        public bool? IsPausedAnywhere(string account, DateTimeOffset now) => Try(() =>
            redis.Database.HashGetAll(AccountKey(account)).Any(entry =>
                entry.Name.StartsWith("p") && Until(entry.Value) > now.ToUnixTimeMilliseconds()));

        public bool RecordFailure(string account, string client, DateTimeOffset now) => Try(() =>
        {
            var ms = now.ToUnixTimeMilliseconds();
            redis.Database.ScriptEvaluate(FailScript, [AccountKey(account)], [client, ms, FailuresPerAccountAndAddress, PauseMs]);
            redis.Database.ScriptEvaluate(FailScript, [AddressKey(client)], ["", ms, FailuresPerAddress, PauseMs]);
            return (bool?)true;
        }) ?? false;

        public void RecordSuccess(string account, string client) =>
            Try(() => (bool?)(redis.Database.HashDelete(AccountKey(account), ["f" + client, "w" + client, "p" + client]) >= 0));

        public void Clear(string account) => Try(() => (bool?)redis.Database.KeyDelete(AccountKey(account)));

        private static StackExchange.Redis.RedisKey AccountKey(string account) => RedisConnection.KeyPrefix + "sign-in:account:" + account.Trim().ToUpperInvariant();

        private static StackExchange.Redis.RedisKey AddressKey(string client) => RedisConnection.KeyPrefix + "sign-in:address:" + client;

        private static long Until(StackExchange.Redis.RedisValue value) => value.TryParse(out long ms) ? ms : 0;

        private bool? Try(Func<bool?> work)
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (RedisConnection.IsFault(ex))
            {
                // One warning a minute at most: a sign-in storm during an outage must not flood the log.
                var now = Environment.TickCount64;
                var last = Interlocked.Read(ref lastWarning);
                if (now - last > 60_000 && Interlocked.CompareExchange(ref lastWarning, now, last) == last)
                {
                    logger.LogWarning("Sign-in failures are counted in this instance only: Redis cannot be reached ({Reason})", ex.Message.Split('\n')[0]);
                }

                return null;
            }
        }
    }
}
