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
/// usually holds. The counts live in memory: one site process, and a restart forgets them.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FailuresPerAccountAndAddress = 5;
    public const int FailuresPerAddress = 50;
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    /// <summary>Beyond this many counters the expired ones are dropped; new ones are not kept while it stays full.</summary>
    private const int MaxCounters = 100_000;

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
    private string? dummyHash;

    /// <summary>True while sign-in to <paramref name="account"/> from <paramref name="address"/> is paused.</summary>
    public bool IsPaused(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return IsPaused(PairKey(account, address), now) || IsPaused(AddressKey(address), now);
    }

    /// <summary>True while some address is paused from signing in to <paramref name="account"/> (shown to admins).</summary>
    public bool IsPausedAnywhere(string? account)
    {
        if (account is null)
        {
            return false;
        }

        var prefix = AccountPrefix(account);
        var now = clock.GetUtcNow();
        return counters.Any(c => c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Value.IsPaused(now));
    }

    public void RecordFailure(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
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
    public void RecordSuccess(string account, IPAddress? address) => counters.TryRemove(PairKey(account, address), out _);

    /// <summary>An administrator unlocked the account or reset its password: every address may try again.</summary>
    public void Clear(string? account)
    {
        if (account is null)
        {
            return;
        }

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
}
