using System.Text;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>How an authenticator key is shown: in groups of four for typing, and as the otpauth address the QR code holds.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Netwerkbijeenkomst";

    /// <summary>"ABCD EFGH …": easier to type and to check than 32 letters in a row.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var grouped = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(char.ToUpperInvariant(key[i]));
        }

        return grouped.ToString();
    }

    /// <summary>The key-uri format authenticator apps read: RFC 6238 defaults (SHA-1, 30 seconds, 6 digits).</summary>
    public static string Uri(string key, string account) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
