using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Netwerkbijeenkomst.Testing;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits), written here because
/// Identity's provider checks codes but does not give them out.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> Used = new();

    /// <summary>
    /// A code the server has not accepted yet for this key. The server accepts each step's code once, from two steps
    /// before now to two after (drifting phones); a test signs in more often than a person, so each call here takes the
    /// next step of that window, starting one step back rather than two: a step that ends between this call and the
    /// server's check then still leaves the code inside the window (starting two back, such a code was refused now and
    /// then). Four sign-ins per key in any 30 seconds, and a clear failure beyond that.
    /// </summary>
    public static string Fresh(string base32Key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = Used.AddOrUpdate(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), now - 1, (_, last) => Math.Max(now - 1, last + 1));
        return step <= now + 2
            ? Code(Base32(base32Key), DateTimeOffset.FromUnixTimeSeconds(step * 30), digits: 6)
            : throw new InvalidOperationException("More than four codes for one key within 30 seconds: the server accepts each code once; sign in fewer times.");
    }

    /// <summary>The code for a base32 key (spaces allowed, as the page shows it) at a moment.</summary>
    public static string Code(string base32Key, DateTimeOffset at) => Code(Base32(base32Key), at, digits: 6);

    public static string Code(byte[] secret, DateTimeOffset at, int digits)
    {
        var step = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(step, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default, which authenticator apps and Identity use.
        var hash = HMACSHA1.HashData(secret, step);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return number.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is not the current one nor one of its neighbours Identity also accepts.</summary>
    public static string WrongCode(string base32Key, DateTimeOffset at)
    {
        var near = Enumerable.Range(-3, 7).Select(i => Code(base32Key, at.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => (i * 7919 % 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static byte[] Base32(string key)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
