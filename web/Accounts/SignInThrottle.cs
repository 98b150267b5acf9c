using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Counts wrong passwords per client address and per typed e-mail address (known or not, so the answer reveals
/// nothing) and makes each failure past the free ones wait twice as long as the one before, up to a maximum. A wait
/// is never a lock: after it, one more attempt is allowed. Kept in memory on each web node (docs/security.md).
/// </summary>
public sealed class SignInThrottle(IOptions<SignInProtectionOptions> options, TimeProvider time)
{
    /// <summary>Above this many counters, the ones quiet for longer than ForgetAfter are dropped.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>The counters one attempt touches: the client's address and the e-mail address typed.</summary>
    public static SignInKeys KeysFor(string email, IPAddress? client) =>
        new("adres:" + AddressKey(client), "account:" + email.Trim().ToUpperInvariant());

    /// <summary>How long until <paramref name="keys"/> may try again; zero when they may now.</summary>
    public TimeSpan WaitFor(SignInKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = time.GetUtcNow();
        var until = Max(BlockedUntil(keys.Address), BlockedUntil(keys.Account));
        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Counts a wrong password and returns the wait it causes (zero while failures are still free).</summary>
    public TimeSpan Failed(SignInKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var settings = options.Value;
        Prune(settings);
        Count(keys.Address, settings.FreeFailuresPerAddress, settings);
        Count(keys.Account, settings.FreeFailuresPerAccount, settings);
        return WaitFor(keys);
    }

    /// <summary>The right password: the account's count starts over; the address's does not, or one known account would reset it.</summary>
    public void Succeeded(SignInKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _counters.TryRemove(keys.Account, out _);
    }

    /// <summary>IPv4 as is; IPv6 by its /64, the block one household or office gets; no address (a socket without one) shares one counter.</summary>
    internal static string AddressKey(IPAddress? client)
    {
        if (client is null)
        {
            return "onbekend";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private void Count(string key, int free, SignInProtectionOptions settings)
    {
        var now = time.GetUtcNow();
        var counter = _counters.GetOrAdd(key, _ => new Counter());
        lock (counter)
        {
            if (now - counter.LastFailure > settings.ForgetAfter)
            {
                counter.Failures = 0;
            }

            counter.Failures++;
            counter.LastFailure = now;
            var beyond = counter.Failures - free;
            if (beyond > 0)
            {
                // 30 s, 1 min, 2 min, …: the shift is capped so the doubling cannot overflow before MaxDelay caps it.
                var delay = TimeSpan.FromTicks(Math.Min(settings.FirstDelay.Ticks << Math.Min(beyond - 1, 20), settings.MaxDelay.Ticks));
                counter.BlockedUntil = now + delay;
            }
        }
    }

    private DateTimeOffset BlockedUntil(string key)
    {
        if (!_counters.TryGetValue(key, out var counter))
        {
            return DateTimeOffset.MinValue;
        }

        lock (counter)
        {
            return counter.BlockedUntil;
        }
    }

    private void Prune(SignInProtectionOptions settings)
    {
        if (_counters.Count <= PruneAbove)
        {
            return;
        }

        var stale = time.GetUtcNow() - settings.ForgetAfter;
        foreach (var (key, counter) in _counters)
        {
            if (counter.LastFailure < stale)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
