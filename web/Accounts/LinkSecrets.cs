using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>The secret in a link that works without signing in (a contact person's answer link, a calendar feed): 32 random bytes, base64url in the link, SHA-256 in the database.</summary>
internal static class LinkSecrets
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
