using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// Checks a code from the authenticator app (RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits) and accepts each
/// step's code once: RFC 6238 section 5.2 says a verifier must not accept a code a second time, and Identity's own
/// provider does (a code seen over a shoulder works for minutes). The last accepted step is kept as an Identity token of
/// the account, together with a fingerprint of the key it was made with, so a new key (another phone) starts afresh.
/// Registered under Identity's authenticator provider name, so the sign-in step and the setup page both use it.
/// It reads the real clock, not the app's <see cref="TimeProvider"/>: the codes come from a phone, which lives in real
/// time even when tests move the meetings' clock.
/// </summary>
public sealed class OnceOnlyAuthenticatorCodes : IUserTwoFactorTokenProvider<AppUser>
{
    /// <summary>Where the last accepted step is kept (AspNetUserTokens).</summary>
    public const string TokenProvider = "Netwerkbijeenkomst";

    public const string TokenName = "LaatsteCodeStap";

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Steps either side of now that are accepted: clocks of phones drift, and a code is typed while time goes on.</summary>
    private const int Drift = 2;

    /// <summary>The app makes the codes; the server gives none out.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = Base32(key);
        var fingerprint = Fingerprint(secret);
        var last = LastStep(await manager.GetAuthenticationTokenAsync(user, TokenProvider, TokenName), fingerprint);
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (step > last && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step)), Encoding.ASCII.GetBytes(token)))
            {
                // Stored through the account's concurrency stamp: of two requests with the same code, one update fails.
                var stored = await manager.SetAuthenticationTokenAsync(user, TokenProvider, TokenName, $"{fingerprint}:{step.ToString(CultureInfo.InvariantCulture)}");
                return stored.Succeeded;
            }
        }

        return false;
    }

    /// <summary>The 6-digit code of a 30-second step (RFC 4226's dynamic truncation).</summary>
    public static string Code(byte[] secret, long step)
    {
        ArgumentNullException.ThrowIfNull(secret);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default, which authenticator apps use.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return number.ToString("000000", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, as Identity writes the key (upper case, no padding); spaces and padding are skipped.</summary>
    public static byte[] Base32(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bytes = new List<byte>(key.Length * 5 / 8);
        var buffer = 0;
        var bits = 0;
        foreach (var c in key)
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not base32.");
            }

            buffer = (buffer << 5) | value;
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

    private static string Fingerprint(byte[] secret) => Convert.ToHexString(SHA256.HashData(secret).AsSpan(0, 8));

    /// <summary>The step last accepted with this key; none (or another key's): before every step.</summary>
    private static long LastStep(string? stored, string fingerprint) =>
        stored?.Split(':') is [var storedFingerprint, var step] && storedFingerprint == fingerprint && long.TryParse(step, CultureInfo.InvariantCulture, out var last)
            ? last
            : long.MinValue;
}
