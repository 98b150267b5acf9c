using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>The secret in a contact person's link: 32 random bytes, base64url in the link, SHA-256 in the database.</summary>
internal static class ContactTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
