using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The authenticator app's code (RFC 6238: HMAC-SHA1 over the 30-second step, six digits) for the load coordinators'
/// fixed key (web/Demo/LoadMeetings.cs), so they sign in through the real code step.
/// </summary>
internal static class Authenticator
{
    public const string CoordinatorKey = "LOADTESTLOADTESTLOADTESTLOADTEST";

    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps (and Identity) compute it: HMAC-SHA1, not a choice of ours.
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("000000", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
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
